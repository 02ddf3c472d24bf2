package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortDatabaseTest {
  private final PortDatabase db = Fixtures.database();

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 4, 1023, 1024, 40000, 49152, 65535})
  void answersEveryValidPortNeverNull(int port) {
    PortInfo info = db.lookup(port);
    assertThat(info).isNotNull();
    assertThat(info.port()).isEqualTo(port);
    assertThat(info.range()).isEqualTo(PortRange.of(port));
  }

  @Test
  void anUnassignedPortHasEmptyListsAndItsRange() {
    PortInfo info = db.lookup(40000);
    assertThat(info.assignments()).isEmpty();
    assertThat(info.unofficialUses()).isEmpty();
    assertThat(info.threats()).isEmpty();
    assertThat(info.history()).isEmpty();
    assertThat(info.conflicts()).isEmpty();
    assertThat(info.range()).isEqualTo(PortRange.USER);
    assertThat(info.isKnown()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 65536, 70000, Integer.MIN_VALUE})
  void rejectsPortsOutsideTheRangeWithTheValue(int port) {
    assertThatThrownBy(() -> db.lookup(port))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(port));
    assertThatThrownBy(() -> db.lookup(port, Transport.TCP)).hasMessageContaining(String.valueOf(port));
  }

  @Test
  void tellsThe1973Story() {
    PortInfo info = db.lookup(1973);
    assertThat(info.assignments()).extracting(a -> a.service().orElseThrow() + "/" + a.transport().orElseThrow().token())
        .containsExactly("dlsrap/tcp", "dlsrap/udp");
    assertThat(info.threats()).extracting(Threat::name).containsExactly("KGB-RAT");
    assertThat(info.history()).extracting(HistoryEvent::date).containsExactly("1997", "1997-02");
    assertThat(info.standing()).extracting(Standing::status).containsExactly(Standing.Status.EXTINCT);
    assertThat(info.conflicts()).extracting(Conflict::type).contains(Conflict.Type.MALWARE_SQUAT);
  }

  @Test
  void expandsRangesSoEveryPortOfX11FindsIt() {
    for (int p : new int[] {6000, 6010, 6063}) {
      assertThat(db.lookup(p).service(Transport.TCP)).contains("x11");
    }
    assertThat(db.lookup(6064).assignments()).isEmpty();
  }

  @Test
  void reservedPortsSayReservedOnTheTransportsIanaSays() {
    assertThat(db.lookup(0).assignments()).singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(Assignment.Status.RESERVED));
    assertThat(db.lookup(0, Transport.UDP).assignments()).isEmpty();
    assertThat(db.lookup(49151, Transport.DCCP).assignments()).hasSize(1);
  }

  @Test
  void filtersByTransport() {
    PortInfo udp = db.lookup(514, Transport.UDP);
    assertThat(udp.assignments()).extracting(a -> a.service().orElseThrow()).containsExactly("syslog");
    PortInfo tcp = db.lookup(1973, Transport.TCP);
    assertThat(tcp.threats()).hasSize(1);
    assertThat(db.lookup(1973, Transport.UDP).threats()).isEmpty();
  }

  @Test
  void repeatedLookupsReturnTheSameCachedAnswer() {
    assertThat(db.lookup(22)).isSameAs(db.lookup(22));
    assertThat(db.lookup(22, Transport.TCP)).isSameAs(db.lookup(22, Transport.TCP));
  }

  @Test
  void findsEveryPortAndTransportOfAServiceIgnoringCase() {
    assertThat(db.byService("SSH")).extracting(a -> a.transport().orElseThrow()).containsExactly(Transport.TCP, Transport.UDP, Transport.SCTP);
    assertThat(db.byService("no-such-service")).isEmpty();
    assertThat(db.findService("x11")).hasValueSatisfying(a -> assertThat(a.ports()).contains(PortSpan.of(6000, 6063)));
    assertThat(db.findService("nope")).isEmpty();
  }

  @Test
  void answersExpressionsInTheOrderWritten() {
    assertThat(db.query("80,22,6000-6002")).extracting(PortInfo::port).containsExactly(80, 22, 6000, 6001, 6002);
    assertThat(db.query("ssh")).extracting(PortInfo::port).containsExactly(22);
    assertThat(db.query("tcp/514").get(0).assignments()).extracting(a -> a.service().orElseThrow()).containsExactly("shell");
  }

  @Test
  void refusesUnknownServiceNamesInExpressions() {
    assertThatThrownBy(() -> db.query("nosuch")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nosuch'");
    assertThatThrownBy(() -> db.query("legent-1/udp")).hasMessageContaining("on udp");
  }

  @Test
  void searchesNamesDescriptionsAndLore() {
    assertThat(db.search("dlsrap")).first().satisfies(h -> {
      assertThat(h.name()).isEqualTo("dlsrap");
      assertThat(h.port()).contains(1973);
    });
    assertThat(db.search("backdoor")).extracting(SearchHit::name).contains("KGB-RAT");
    assertThat(db.search("appletalk session")).extracting(SearchHit::port).containsExactly(java.util.Optional.of(373));
    assertThat(db.search("Backdoor.Win32.Small.bu")).extracting(SearchHit::kind).containsExactly("threat");
    assertThat(db.search("dnssd-only")).singleElement().satisfies(h -> assertThat(h.port()).isEmpty());
    assertThat(db.search("zzzz-nothing")).isEmpty();
  }

  @Test
  void refusesBlankOrHugeSearches() {
    assertThatThrownBy(() -> db.search(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> db.search("x".repeat(201))).hasMessageContaining("201 characters");
  }

  @Test
  void listsTheKnownPortsOfARange() {
    assertThat(db.known(PortRange.SYSTEM)).extracting(PortInfo::port).contains(0, 2, 22, 80, 373, 514, 600, 1021);
    assertThat(db.known(PortRange.DYNAMIC)).isEmpty();
    assertThat(db.known(PortRange.USER)).extracting(PortInfo::port).contains(1521, 1973, 6379, 12345, 49151);
  }

  @Test
  void tellsWhichEphemeralRangesHoldAPort() {
    assertThat(db.lookup(1973).ephemeral()).extracting(EphemeralRange::system).containsExactly("windows-xp");
    assertThat(db.lookup(50000).ephemeral()).extracting(EphemeralRange::system)
        .containsExactly("linux", "windows", "macos", "freebsd", "iana");
    assertThat(db.lookup(80).ephemeral()).isEmpty();
  }

  @Test
  void overlaysAddFactsWithTheirOriginAndLeaveTheBaseUntouched(@TempDir Path dir) throws Exception {
    Path overlay = dir.resolve("site.json");
    Files.writeString(overlay, "{\"entries\":[{\"kind\":\"use\",\"port\":40000,\"name\":\"Billing API\",\"category\":\"app-server\","
        + "\"description\":\"Our billing service.\",\"sources\":[\"https://wiki.example.org/billing\"]}]}");
    PortDatabase mine = PortDatabase.builder().dataset(Fixtures.iana()).overlay(overlay).build();
    assertThat(mine.lookup(40000).unofficialUses()).singleElement()
        .satisfies(u -> assertThat(u.origin()).isEqualTo("overlay:site.json"));
    assertThat(db.lookup(40000).unofficialUses()).isEmpty();
  }

  @Test
  void aBrokenOverlayFailsTheWholeBuild(@TempDir Path dir) throws Exception {
    Path overlay = dir.resolve("bad.json");
    Files.writeString(overlay, "{\"entries\":[{\"kind\":\"use\",\"port\":1,\"name\":\"x\",\"description\":\"d\",\"sources\":[\"ok?\"]}]}");
    assertThatThrownBy(() -> PortDatabase.builder().dataset(Fixtures.iana()).overlay(overlay).build())
        .isInstanceOf(PortDataException.class)
        .hasMessageContaining("bad.json")
        .hasMessageContaining("line 1, column 13");
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path dir) {
    assertThatThrownBy(() -> PortDatabase.builder().iana(dir.resolve("nope.xml")).build())
        .isInstanceOf(PortDataException.class)
        .hasMessageContaining("nope.xml")
        .hasMessageContaining("no such file");
  }

  @Test
  void aFresherIanaLayerReplacesTheOfficialRecordWhole() {
    PortDatabase csvOnly = PortDatabase.builder()
        .dataset(Fixtures.iana())
        .iana(Path.of(Fixtures.class.getResource("/fixtures/registry.csv").getPath()))
        .dataset(Fixtures.lore())
        .build();
    assertThat(csvOnly.lookup(373).assignments()).isEmpty();
    assertThat(csvOnly.lookup(373).unofficialUses()).hasSize(1);
    assertThat(csvOnly.metadata().registryDate()).isEqualTo("2025-02-13");
  }

  @Test
  void aBuilderWithoutDataSaysWhatToAdd() {
    assertThatThrownBy(() -> PortDatabase.builder().build()).isInstanceOf(PortDataException.class).hasMessageContaining("no data");
  }

  @Test
  void reportsMetadataAndCountsOfTheMergedData() {
    assertThat(db.metadata().registryDate()).isEqualTo("2026-08-17");
    assertThat(db.metadata().counts()).containsEntry("threats", 2).containsEntry("unofficialUses", 4);
  }
}
