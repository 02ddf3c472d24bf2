package org.portlore.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** Argument checks and message helpers shared by portlore's classes. */
public final class Checks {
  /** The highest port number. */
  public static final int MAX_PORT = 65535;

  private static final int MAX_QUOTED = 60;
  private static final int MAX_MESSAGE = 300;
  private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

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
    if (date == null || !PARTIAL_DATE.matcher(date).matches()) {
      return false;
    }
    try {
      if (date.length() == 7) {
        YearMonth.parse(date);
      } else if (date.length() == 10) {
        LocalDate.parse(date);
      }
      return true;
    } catch (DateTimeException e) {
      return false;
    }
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
