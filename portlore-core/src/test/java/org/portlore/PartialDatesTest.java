package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.portlore.internal.Checks;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates written as precisely as known: a year, a month of a year, or a calendar day. */
class PartialDatesTest {
  @ParameterizedTest
  @ValueSource(strings = {"1997", "1997-02", "1997-02-28", "2000-02-29", "2024-02-29", "1999-12-31", "0000"})
  void acceptsAYearAMonthOrARealDay(String date) {
    assertThat(Checks.isPartialDate(date)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "97", "19970", "1997-2", "1997-13", "1997-00", "1997-02-29", "1900-02-29",
      "2023-04-31", "1997-01-00", "1997-01-32", "1997/01/01", "1997-01-01T00", "199a", "１９９７", " 1997"})
  void refusesAnythingElse(String date) {
    assertThat(Checks.isPartialDate(date)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-02-29", "junk"})
  void aThreatWithABadDateSaysWhichAndWhatWasExpected(String date) {
    assertThatThrownBy(() -> ImmutableThreat.builder().port(1).name("X").type("trojan").description("d")
            .addSources(Source.rfc(1)).firstSeen(date).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("firstSeen of X")
        .hasMessageContaining(date)
        .hasMessageContaining("expected YYYY, YYYY-MM or YYYY-MM-DD");
  }
}
