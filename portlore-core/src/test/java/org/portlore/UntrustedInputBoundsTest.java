package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Inputs that come from traffic or rules are bounded in what they can make portlore do or write. */
class UntrustedInputBoundsTest {
  private final PortDatabase db = Fixtures.database();

  @Test
  void aQueryAnswersEveryPortOnceButNotMillionsOfRepeats() {
    assertThat(db.query("0-65535")).hasSize(PortDatabase.QUERY_LIMIT);
    String repeated = String.join(",", java.util.Collections.nCopies(64, "0-65535"));
    assertThatThrownBy(() -> db.query(repeated))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("covers 4194304 ports")
        .hasMessageContaining("more than the 65536");
    assertThatThrownBy(() -> db.query("0-65535,ssh"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than the 65536");
  }

  @Test
  void anObservedNameIsQuotedOnOneBoundedLineInTheExplanation() {
    String hostile = "evil\nFAKE LOG LINE\r\n" + "x".repeat(10_000);
    Verdict v = db.verdict(1973, Transport.TCP, hostile);
    assertThat(v.explanation()).doesNotContain("\n").doesNotContain("\r").contains("evil\\u000aFAKE LOG LINE");
    assertThat(v.explanation().length()).isLessThan(400);
    assertThat(v.observed()).isEqualTo(hostile.strip());
  }
}
