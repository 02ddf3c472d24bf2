package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PortSpanTest {
  @Test
  void aSinglePortIsASpanOfOne() {
    assertThat(PortSpan.of(22).size()).isEqualTo(1);
    assertThat(PortSpan.of(22)).hasToString("22");
  }

  @Test
  void spansContainTheirEnds() {
    PortSpan x11 = PortSpan.of(6000, 6063);
    assertThat(x11.contains(6000)).isTrue();
    assertThat(x11.contains(6063)).isTrue();
    assertThat(x11.contains(6064)).isFalse();
    assertThat(x11.size()).isEqualTo(64);
    assertThat(x11).hasToString("6000-6063");
  }

  @Test
  void rejectsReversedSpansWithBothEnds() {
    assertThatThrownBy(() -> PortSpan.of(9, 3)).hasMessageContaining("9-3");
  }

  @Test
  void rejectsPortsOutsideThePortSpace() {
    assertThatThrownBy(() -> PortSpan.of(0, 70000)).hasMessageContaining("70000");
    assertThatThrownBy(() -> PortSpan.of(-1)).hasMessageContaining("-1");
  }

  @Test
  void equalSpansAreEqualValues() {
    assertThat(PortSpan.of(1, 2)).isEqualTo(PortSpan.of(1, 2)).hasSameHashCodeAs(PortSpan.of(1, 2));
  }
}
