package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PortExpressionTest {
  @ParameterizedTest
  @CsvSource({"1973,", "1973/tcp,TCP", "tcp/1973,TCP", "tcp:1973,TCP", "1973/UDP,UDP", "' 1973 / sctp ',SCTP"})
  void readsAPortWithAnOptionalTransportOnEitherSide(String text, Transport transport) {
    PortExpression.Term t = PortExpression.parse(text).terms().get(0);
    assertThat(t.ports()).contains(PortSpan.of(1973));
    assertThat(t.transport().orElse(null)).isEqualTo(transport);
    assertThat(t.service()).isEmpty();
  }

  @Test
  void readsRanges() {
    PortExpression.Term t = PortExpression.parse("6000-6063").terms().get(0);
    assertThat(t.ports()).contains(PortSpan.of(6000, 6063));
  }

  @Test
  void readsListsInOrder() {
    PortExpression e = PortExpression.parse("22,80, 443 ,8000-8100");
    assertThat(e.terms()).extracting(x -> x.ports().orElseThrow().toString())
        .containsExactly("22", "80", "443", "8000-8100");
  }

  @Test
  void readsServiceNames() {
    PortExpression.Term t = PortExpression.parse("ssh").terms().get(0);
    assertThat(t.service()).contains("ssh");
    assertThat(t.ports()).isEmpty();
    assertThat(PortExpression.parse("ssh/udp").terms().get(0).transport()).contains(Transport.UDP);
  }

  @Test
  void readsServiceNamesThatStartWithADigit() {
    assertThat(PortExpression.parse("3com-tsmux").terms().get(0).service()).contains("3com-tsmux");
  }

  @ParameterizedTest
  @ValueSource(strings = {"70000", "65536", "99999", "1-70000", "123456"})
  void rejectsPortsAboveTheRange(String text) {
    assertThatThrownBy(() -> PortExpression.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("port out of range")
        .hasMessageContaining("0 to 65535");
  }

  @Test
  void rejectsReversedRangesNamingThem() {
    assertThatThrownBy(() -> PortExpression.parse("9-3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reversed port range '9-3'");
  }

  @Test
  void rejectsUnknownTransports() {
    assertThatThrownBy(() -> PortExpression.parse("1973/icmp"))
        .hasMessageContaining("unknown transport 'icmp'")
        .hasMessageContaining("tcp, udp, sctp, dccp");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\t"})
  void rejectsEmptyInput(String text) {
    assertThatThrownBy(() -> PortExpression.parse(text)).hasMessageContaining("empty port expression");
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> PortExpression.parse(null)).hasMessageContaining("null");
  }

  @Test
  void rejectsEmptyTermsBetweenCommas() {
    assertThatThrownBy(() -> PortExpression.parse("22,,80")).hasMessageContaining("empty term");
  }

  @Test
  void rejectsTooLongInputWithoutEchoingItWhole() {
    String digits = "1".repeat(5_000_000);
    assertThatThrownBy(() -> PortExpression.parse(digits))
        .hasMessageContaining("too long: 5000000 characters")
        .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(300));
  }

  @Test
  void rejectsControlCharactersShowingThem() {
    assertThatThrownBy(() -> PortExpression.parse("22\u0000"))
        .hasMessageContaining("control character")
        .hasMessageContaining("\\u0000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"22;80", "port 22", "22/tcp/udp", "tcp:22/udp", "-5", "+22", "22-", "$(rm)", "ssh!"})
  void rejectsJunk(String text) {
    assertThatThrownBy(() -> PortExpression.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsTooManyTerms() {
    String many = "1,".repeat(PortExpression.MAX_TERMS) + "1";
    assertThatThrownBy(() -> PortExpression.parse(many)).hasMessageContaining("too many terms");
  }

  @Test
  void keepsTheTextAsWritten() {
    assertThat(PortExpression.parse(" 22/tcp ").text()).isEqualTo("22/tcp");
  }
}
