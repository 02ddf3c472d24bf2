package org.portlore;

import org.portlore.internal.Checks;

/** Checks dates written as precisely as known: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
final class PartialDates {
  private PartialDates() {}

  static void check(String date, String what) {
    if (!Checks.isPartialDate(date)) {
      throw new IllegalArgumentException(
          "bad date for " + what + ": '" + Checks.shorten(date) + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    }
  }
}
