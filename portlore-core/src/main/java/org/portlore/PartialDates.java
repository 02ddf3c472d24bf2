package org.portlore;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;
import org.portlore.internal.Checks;

/** Checks dates written as precisely as known: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
final class PartialDates {
  private static final Pattern FORM = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  private PartialDates() {}

  static void check(String date, String what) {
    boolean ok = FORM.matcher(date).matches();
    if (ok) {
      try {
        if (date.length() == 7) {
          YearMonth.parse(date);
        } else if (date.length() == 10) {
          LocalDate.parse(date);
        }
      } catch (DateTimeException e) {
        ok = false;
      }
    }
    if (!ok) {
      throw new IllegalArgumentException(
          "bad date for " + what + ": '" + Checks.shorten(date) + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    }
  }
}
