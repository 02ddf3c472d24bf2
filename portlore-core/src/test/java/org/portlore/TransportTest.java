package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TransportTest {
  @ParameterizedTest
  @CsvSource({"tcp,TCP", "UDP,UDP", " sctp ,SCTP", "Dccp,DCCP"})
  void parsesNamesIgnoringCaseAndSpace(String text, Transport expected) {
    assertThat(Transport.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "tcpp", "icmp", "t c p"})
  void rejectsUnknownTransportsNamingTheInput(String text) {
    assertThatThrownBy(() -> Transport.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("tcp, udp, sctp, dccp");
  }

  @org.junit.jupiter.api.Test
  void rejectsNull() {
    assertThatThrownBy(() -> Transport.parse(null)).hasMessageContaining("null");
  }

  @org.junit.jupiter.api.Test
  void tokenIsLowerCase() {
    assertThat(Transport.SCTP.token()).isEqualTo("sctp");
  }
}
