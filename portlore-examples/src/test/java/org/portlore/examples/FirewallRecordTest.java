package org.portlore.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirewallRecordTest {
  @Test
  void readsEveryKeyIgnoringTheCaseOfKeysProtocolAndAction() throws Exception {
    FirewallRecord r = FirewallRecord.parse(FirewallLines.KGB_RAT_SEEN);
    assertThat(r.srcIp()).isEqualTo("198.51.100.23");
    assertThat(r.dstIp()).isEqualTo("192.0.2.10");
    assertThat(r.proto()).isEqualTo("tcp");
    assertThat(r.srcPort()).isEqualTo(OptionalInt.of(40214));
    assertThat(r.dstPort()).isEqualTo(OptionalInt.of(1973));
    assertThat(r.action()).isEqualTo("allow");
    assertThat(r.app()).isEqualTo(Optional.of("KGB-RAT"));
    assertThat(r.line()).isEqualTo(FirewallLines.KGB_RAT_SEEN);
  }

  @Test
  void toleratesExtraKeysAndWhiteSpace() throws Exception {
    FirewallRecord r = FirewallRecord.parse("  rule=42  src=a dst=b\tproto=udp dpt=53 action=allow len=60 ");
    assertThat(r.dstPort()).isEqualTo(OptionalInt.of(53));
    assertThat(r.srcPort()).isEmpty();
    assertThat(r.app()).isEmpty();
  }

  @Test
  void aProtocolWithoutPortsNeedsNone() throws Exception {
    FirewallRecord r = FirewallRecord.parse(FirewallLines.PING);
    assertThat(r.proto()).isEqualTo("icmp");
    assertThat(r.dstPort()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'   '|empty record",
        "src=a dst=b proto=tcp dpt=22|missing action",
        "dst=b proto=tcp dpt=22 action=drop|missing src",
        "src=a proto=tcp dpt=22 action=drop|missing dst",
        "src=a dst=b dpt=22 action=drop|missing proto",
        "src=a dst=b proto=udp action=drop|missing dpt (a udp record needs its destination port)",
        "src=a dst=b proto=tcp dpt=22 dpt=23 action=drop|duplicate key: dpt",
        "src=a dst=b proto=tcp dpt=22 action=drop =x|not a key=value pair: '=x'",
        "src=a dst=b proto=tcp dpt=22 action=|not a key=value pair: 'action='",
        "src=a dst=b proto=tcp dpt=-1 action=drop|dpt is not a port 0-65535: '-1'",
        "src=a dst=b proto=tcp dpt=65536 action=drop|dpt is not a port 0-65535: '65536'",
        "src=a dst=b proto=tcp spt=x dpt=22 action=drop|spt is not a port 0-65535: 'x'",
        "src=a dst=b proto=tcp dpt=0000022 action=drop|dpt is not a port 0-65535: '0000022'",
        "src=a dst=b proto=t*p dpt=22 action=drop|proto is not a protocol name: 't*p'",
      })
  void namesWhatIsWrongWithAMalformedLine(String line, String reason) {
    assertThatThrownBy(() -> FirewallRecord.parse(line))
        .isInstanceOf(MalformedRecordException.class)
        .hasMessage(reason);
  }

  @Test
  void aNullLineIsAnEmptyRecord() {
    assertThatThrownBy(() -> FirewallRecord.parse(null)).hasMessage("empty record");
  }

  @Test
  void longInputIsShortenedInTheReasonAndOverlongLinesAreRefused() {
    String longPort = "9".repeat(100);
    assertThatThrownBy(() -> FirewallRecord.parse("src=a dst=b proto=tcp dpt=" + longPort + " action=drop"))
        .hasMessage("dpt is not a port 0-65535: '" + "9".repeat(40) + "... (100 characters)'");
    assertThatThrownBy(() -> FirewallRecord.parse("src=a dst=b proto=tcp dpt=22 action=drop note=" + "x".repeat(5000)))
        .hasMessageStartingWith("record longer than 4096 characters");
  }
}
