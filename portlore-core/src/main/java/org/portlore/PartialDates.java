package org.portlore;

import org.portlore.internal.Checks;

/**
 * Checks dates written as precisely as known: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. Hand-written
 * rather than java.time, because it runs for every decoded fact and the first lookup should not load java.time.
 */
final class PartialDates {
  private static final int[] DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private PartialDates() {}

  static void check(String date, String what) {
    if (!valid(date)) {
      throw new IllegalArgumentException(
          "bad date for " + what + ": '" + Checks.shorten(date) + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    }
  }

  static boolean valid(String date) {
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
}
