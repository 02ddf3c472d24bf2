package org.portlore.internal;

/** Argument checks and message helpers shared by portlore's classes. */
public final class Checks {
  /** The highest port number. */
  public static final int MAX_PORT = 65535;

  private static final int MAX_QUOTED = 60;

  private Checks() {}

  /**
   * Checks a port number.
   *
   * @param port the port
   * @return the port
   * @throws IllegalArgumentException if it is outside 0–65535
   */
  public static int port(int port) {
    if (port < 0 || port > MAX_PORT) {
      throw new IllegalArgumentException("port out of range: " + port + " (expected 0 to 65535)");
    }
    return port;
  }

  /**
   * Shortens user input for an error message and makes control characters visible.
   *
   * @param text the input, may be null
   * @return a printable, bounded rendering
   */
  public static String shorten(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder();
    int limit = Math.min(text.length(), MAX_QUOTED);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    if (text.length() > MAX_QUOTED) {
      b.append("... (").append(text.length()).append(" characters)");
    }
    return b.toString();
  }
}
