package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PortRangeTest {
  @ParameterizedTest
  @CsvSource({"0,SYSTEM", "1023,SYSTEM", "1024,USER", "1973,USER", "49151,USER", "49152,DYNAMIC", "65535,DYNAMIC"})
  void classifiesEveryBoundaryByRfc6335(int port, PortRange expected) {
    assertThat(PortRange.of(port)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 65536, Integer.MAX_VALUE, Integer.MIN_VALUE})
  void rejectsPortsOutsideThePortSpace(int port) {
    assertThatThrownBy(() -> PortRange.of(port))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Integer.toString(port))
        .hasMessageContaining("0 to 65535");
  }

  @ParameterizedTest
  @CsvSource({
    "system,SYSTEM", "well-known,SYSTEM", "Well Known,SYSTEM", "user,USER", "registered,USER", "dynamic,DYNAMIC",
    "ephemeral,DYNAMIC", "private,DYNAMIC", "WELL_KNOWN,SYSTEM"
  })
  void parsesOfficialAndCommonNames(String text, PortRange expected) {
    assertThat(PortRange.parse(text)).isEqualTo(expected);
  }

  @Test
  void rejectsUnknownNamesListingTheAcceptedOnes() {
    assertThatThrownBy(() -> PortRange.parse("reserved"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'reserved'")
        .hasMessageContaining("well-known");
  }

  @Test
  void rangesCoverThePortSpaceWithoutGaps() {
    assertThat(PortRange.SYSTEM.last() + 1).isEqualTo(PortRange.USER.first());
    assertThat(PortRange.USER.last() + 1).isEqualTo(PortRange.DYNAMIC.first());
    assertThat(PortRange.DYNAMIC.last()).isEqualTo(65535);
    assertThat(PortRange.SYSTEM.contains(1023)).isTrue();
    assertThat(PortRange.SYSTEM.contains(1024)).isFalse();
  }
}
