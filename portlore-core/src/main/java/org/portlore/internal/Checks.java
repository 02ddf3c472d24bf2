package org.portlore.internal;


/** Argument checks and message helpers shared by portlore's classes. */
public final class Checks {
  /** The highest port number. */
  public static final int MAX_PORT = 65535;

  private static final int MAX_QUOTED = 60;
  private static final int MAX_MESSAGE = 300;
  /** Days of each month in a leap year. */
  private static final int[] DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

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
   * Tells whether a date written as precisely as known ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}) is a
   * real one: the importers and the model must agree on this, or data an importer let through fails later, far from
   * the file and line that held it.
   *
   * @param date the text
   * @return true if it has one of the three forms and names a month and day that exist
   */
  public static boolean isPartialDate(String date) {
    if (date == null) {
      return false;
    }
    int n = date.length();
    if (n != 4 && n != 7 && n != 10 || !digits(date, 0, 4)) {
      return false;
    }
    if (n == 4) {
      return true;
    }
    if (date.charAt(4) != '-' || !digits(date, 5, 7)) {
      return false;
    }
    int month = Integer.parseInt(date, 5, 7, 10);
    if (month < 1 || month > 12) {
      return false;
    }
    if (n == 7) {
      return true;
    }
    if (date.charAt(7) != '-' || !digits(date, 8, 10)) {
      return false;
    }
    int year = Integer.parseInt(date, 0, 4, 10);
    int day = Integer.parseInt(date, 8, 10, 10);
    boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    int last = month == 2 && !leap ? 28 : DAYS[month - 1];
    return day >= 1 && day <= last;
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }


  /**
   * Shortens user input for an error message and makes control characters visible.
   *
   * @param text the input, may be null
   * @return a printable, bounded rendering
   */
  public static String shorten(String text) {
    return shorten(text, MAX_QUOTED);
  }

  /**
   * Bounds a message from a library (an XML or JSON parser), which may quote any amount of the input, to one
   * printable line.
   *
   * @param text the message, may be null
   * @return a printable rendering of at most 300 characters and a note of the full length
   */
  public static String oneLine(String text) {
    return shorten(text, MAX_MESSAGE);
  }

  private static String shorten(String text, int max) {
    if (text == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder();
    // the rendering is bounded, not the characters read: a control character takes six
    for (int i = 0; i < text.length(); i++) {
      if (b.length() >= max) {
        return b.append("... (").append(text.length()).append(" characters)").toString();
      }
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
