package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortEnricherTest {
  private static final String VERSION = "2026.08.17";

  private final PortEnricher enricher = PortEnricher.of(Fixtures.database());

  @Test
  void anAssignedPortGivesItsIanaServiceInEcsNames() {
    assertThat(enricher.enrich(22, Transport.TCP))
        .containsExactly(
            entry("destination.port", 22),
            entry("network.transport", "tcp"),
            entry("network.iana_number", "6"),
            entry("portlore.port.range", "system"),
            entry("portlore.iana.service", "ssh"),
            entry("portlore.iana.status", "assigned"),
            entry("portlore.data.version", VERSION));
  }

  @Test
  void aPortWithLoreGivesThreatsConflictsStandingAndEphemeralSystems() {
    assertThat(enricher.enrich(1973, Transport.TCP))
        .containsExactly(
            entry("destination.port", 1973),
            entry("network.transport", "tcp"),
            entry("network.iana_number", "6"),
            entry("portlore.port.range", "user"),
            entry("portlore.iana.service", "dlsrap"),
            entry("portlore.iana.status", "assigned"),
            entry("portlore.iana.standing", "extinct"),
            entry("portlore.threat.names", List.of("KGB-RAT")),
            entry("portlore.conflict.types", List.of("malware-squat")),
            entry("portlore.ephemeral.systems", List.of("windows-xp")),
            entry("portlore.data.version", VERSION));
  }

  @Test
  void curatedFactsOfAnotherTransportAreLeftOut() {
    Map<String, Object> udp = enricher.enrich(1973, Transport.UDP);
    assertThat(udp).containsEntry("network.transport", "udp").containsEntry("network.iana_number", "17");
    assertThat(udp).containsEntry("portlore.iana.service", "dlsrap");
    assertThat(udp).doesNotContainKeys("portlore.threat.names", "portlore.conflict.types");
  }

  @Test
  void anUnassignedPortHasOnlyWhatIsAlwaysKnown() {
    assertThat(enricher.enrich(4, Transport.TCP))
        .containsExactly(
            entry("destination.port", 4),
            entry("network.transport", "tcp"),
            entry("network.iana_number", "6"),
            entry("portlore.port.range", "system"),
            entry("portlore.data.version", VERSION));
  }

  @Test
  void aReservedPortHasAStatusAndNoService() {
    Map<String, Object> f = enricher.enrich(0, Transport.TCP);
    assertThat(f).containsEntry("portlore.iana.status", "reserved").doesNotContainKey("portlore.iana.service");
  }

  @Test
  void aDynamicPortNamesTheSystemsThatPickItAsEphemeral() {
    assertThat(enricher.enrich(50000, Transport.UDP))
        .containsExactly(
            entry("destination.port", 50000),
            entry("network.transport", "udp"),
            entry("network.iana_number", "17"),
            entry("portlore.port.range", "dynamic"),
            entry("portlore.ephemeral.systems", List.of("linux", "windows", "macos", "freebsd", "iana")),
            entry("portlore.data.version", VERSION));
  }

  @Test
  void unofficialUsesAndTheirConflictsAreListed() {
    Map<String, Object> f = enricher.enrich(373, Transport.TCP);
    assertThat(f).containsEntry("portlore.iana.service", "legent-1");
    assertThat(f).containsEntry("portlore.unofficial.names", List.of("AppleTalk Session Protocol"));
    assertThat(f).containsEntry("portlore.conflict.types", List.of("unofficial-use"));
  }

  @Test
  void aUseThatImplementsTheAssignedServiceIsListedWithoutAConflict() {
    Map<String, Object> f = enricher.enrich(80, Transport.TCP);
    assertThat(f).containsEntry("portlore.iana.service", "http");
    assertThat(f).containsEntry("portlore.unofficial.names", List.of("Apache HTTP Server"));
    assertThat(f).doesNotContainKey("portlore.conflict.types");
  }

  @Test
  void everyConflictTypeOfAPortIsListedOnce() {
    assertThat(enricher.enrich(1521, Transport.TCP))
        .containsEntry("portlore.conflict.types", List.of("unofficial-use", "unauthorized-use"));
    assertThat(enricher.enrich(600, Transport.TCP))
        .containsEntry("portlore.conflict.types", List.of("multiple-services"));
  }

  @Test
  void theDccpProtocolNumberIs33AndSctpIs132() {
    assertThat(enricher.enrich(9, Transport.DCCP))
        .containsEntry("network.iana_number", "33")
        .containsEntry("portlore.iana.service", "discard");
    assertThat(enricher.enrich(22, Transport.SCTP)).containsEntry("network.iana_number", "132");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ssh", "SSH", " OpenSSH "})
  void anObservedServiceAddsTheLowerCaseProtocolAndTheVerdict(String observed) {
    Map<String, Object> f = enricher.enrich(22, Transport.TCP, observed);
    assertThat(f)
        .containsExactly(
            entry("destination.port", 22),
            entry("network.transport", "tcp"),
            entry("network.iana_number", "6"),
            entry("network.protocol", observed.strip().toLowerCase(java.util.Locale.ROOT)),
            entry("portlore.verdict", "expected"),
            entry("portlore.port.range", "system"),
            entry("portlore.iana.service", "ssh"),
            entry("portlore.iana.status", "assigned"),
            entry("portlore.data.version", VERSION));
  }

  @Test
  void theVerdictSaysThreatUnofficialOrUnexpected() {
    assertThat(enricher.enrich(1973, Transport.TCP, "KGB-RAT")).containsEntry("portlore.verdict", "threat");
    assertThat(enricher.enrich(1521, Transport.TCP, "oracle")).containsEntry("portlore.verdict", "unofficial");
    assertThat(enricher.enrich(1973, Transport.TCP, "http")).containsEntry("portlore.verdict", "unexpected");
  }

  @Test
  void anObservedServiceLeavesTheCachedFieldsAlone() {
    Map<String, Object> before = enricher.enrich(22, Transport.TCP);
    enricher.enrich(22, Transport.TCP, "ssh");
    assertThat(enricher.enrich(22, Transport.TCP))
        .isSameAs(before)
        .doesNotContainKeys("network.protocol", "portlore.verdict");
  }

  @Test
  void openTelemetryNamesTheProtocolNetworkProtocolNameAndHasNoProtocolNumber() {
    PortEnricher otel = enricher.withConvention(PortEnricher.Convention.OTEL);
    Map<String, Object> f = otel.enrich(22, Transport.TCP, "ssh");
    assertThat(f).containsEntry("network.protocol.name", "ssh").containsEntry("portlore.verdict", "expected");
    assertThat(f).doesNotContainKeys("network.protocol", "network.iana_number");
    assertThat(otel.fieldNames()).doesNotContain("network.protocol", "network.iana_number");
  }

  @Test
  void theSideChoosesThePortField() {
    assertThat(enricher.withSide(PortEnricher.Side.SERVER).enrich(22, Transport.TCP))
        .containsEntry("server.port", 22)
        .doesNotContainKey("destination.port");
    assertThat(enricher.withSide(PortEnricher.Side.CLIENT).enrich(22, Transport.TCP)).containsKey("client.port");
  }

  @Test
  void aNamespaceLetsBothPortsOfOneEventBeEnrichedWithoutCollisions() {
    PortEnricher source = enricher.withSide(PortEnricher.Side.SOURCE).withNamespace("portlore.source");
    Map<String, Object> event = new java.util.LinkedHashMap<>();
    event.putAll(enricher.enrich(1973, Transport.TCP));
    event.putAll(source.enrich(50000, Transport.TCP));
    assertThat(event)
        .containsEntry("destination.port", 1973)
        .containsEntry("source.port", 50000)
        .containsEntry("portlore.threat.names", List.of("KGB-RAT"))
        .containsEntry("portlore.port.range", "user")
        .containsEntry("portlore.source.port.range", "dynamic")
        .doesNotContainKey("portlore.source.threat.names");
  }

  @Test
  void fieldNamesListEveryFieldInTheOrderWritten() {
    assertThat(enricher.fieldNames())
        .containsExactly(
            "destination.port",
            "network.transport",
            "network.iana_number",
            "network.protocol",
            "portlore.verdict",
            "portlore.port.range",
            "portlore.iana.service",
            "portlore.iana.status",
            "portlore.iana.standing",
            "portlore.unofficial.names",
            "portlore.threat.names",
            "portlore.conflict.types",
            "portlore.ephemeral.systems",
            "portlore.data.version");
  }

  @Test
  void everyPortGivesOnlyKnownFieldsWithNonNullValuesOfTheDocumentedTypes() {
    for (Transport t : Transport.values()) {
      for (int port = 0; port <= 65535; port += 97) {
        Map<String, Object> f = enricher.enrich(port, t);
        assertThat(enricher.fieldNames()).containsAll(f.keySet());
        int p = port;
        f.forEach((k, v) -> {
          assertThat(v).as(k + " of " + p).isNotNull();
          assertThat(v).as(k).isInstanceOfAny(Integer.class, String.class, List.class);
          if (v instanceof List<?> l) {
            assertThat(l).as(k).isNotEmpty().allSatisfy(e -> assertThat(e).isInstanceOf(String.class));
          }
        });
        assertThat(f.get("destination.port")).isEqualTo(port);
        assertThat(f).hasSize(f.keySet().size()).containsEntry("portlore.data.version", VERSION);
      }
    }
  }

  @Test
  void theSecondCallReturnsTheSameCachedMap() {
    Map<String, Object> first = enricher.enrich(1973, Transport.TCP);
    assertThat(enricher.enrich(1973, Transport.TCP)).isSameAs(first);
    assertThat(enricher.enrich(1973, Transport.UDP)).isNotSameAs(first);
  }

  @Test
  void theFieldsCannotBeChanged() {
    Map<String, Object> f = enricher.enrich(1973, Transport.TCP);
    assertThatThrownBy(() -> f.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> f.remove("destination.port")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(f::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> f.entrySet().iterator().next().setValue(2))
        .isInstanceOf(UnsupportedOperationException.class);
    @SuppressWarnings("unchecked")
    List<String> threats = (List<String>) f.get("portlore.threat.names");
    assertThatThrownBy(() -> threats.add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(enricher.enrich(1973, Transport.TCP)).containsEntry("portlore.threat.names", List.of("KGB-RAT"));
  }

  @Test
  void theFieldsEqualAnOrdinaryMapOfTheSameEntries() {
    Map<String, Object> f = enricher.enrich(4, Transport.TCP);
    Map<String, Object> plain =
        Map.of(
            "destination.port", 4,
            "network.transport", "tcp",
            "network.iana_number", "6",
            "portlore.port.range", "system",
            "portlore.data.version", VERSION);
    assertThat(f).isEqualTo(plain);
    assertThat(f.hashCode()).isEqualTo(plain.hashCode());
    assertThat(f.get("no.such.field")).isNull();
    assertThat(f.get(null)).isNull();
    assertThat(f.getOrDefault("no.such.field", "d")).isEqualTo("d");
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 65536, 70000, Integer.MIN_VALUE})
  void rejectsPortsOutsideTheRangeNamingTheValue(int port) {
    assertThatThrownBy(() -> enricher.enrich(port, Transport.TCP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(port));
    assertThatThrownBy(() -> enricher.enrich(port, Transport.TCP, "ssh"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(port));
  }

  @Test
  void rejectsNullsNamingTheParameter() {
    assertThatThrownBy(() -> enricher.enrich(22, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("transport");
    assertThatThrownBy(() -> enricher.enrich(22, null, "ssh"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("transport");
    assertThatThrownBy(() -> enricher.enrich(22, Transport.TCP, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("observed");
    assertThatThrownBy(() -> PortEnricher.of(null)).isInstanceOf(NullPointerException.class).hasMessage("database");
    assertThatThrownBy(() -> enricher.withSide(null)).isInstanceOf(NullPointerException.class).hasMessage("side");
    assertThatThrownBy(() -> enricher.withConvention(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("convention");
    assertThatThrownBy(() -> enricher.withNamespace(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("namespace");
  }

  @Test
  void rejectsABlankObservedService() {
    assertThatThrownBy(() -> enricher.enrich(22, Transport.TCP, "  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Portlore", "portlore.", ".portlore", "port lore", "portlore..x", "1portlore"})
  void rejectsABadNamespaceNamingIt(String namespace) {
    assertThatThrownBy(() -> enricher.withNamespace(namespace))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + namespace + "'");
  }

  @Test
  void changingNothingKeepsTheSameEnricher() {
    assertThat(enricher.withSide(PortEnricher.Side.DESTINATION)).isSameAs(enricher);
    assertThat(enricher.withConvention(PortEnricher.Convention.ECS)).isSameAs(enricher);
    assertThat(enricher.withNamespace("portlore")).isSameAs(enricher);
    PortEnricher other = enricher.withNamespace("fw.port_info");
    assertThat(other.namespace()).isEqualTo("fw.port_info");
    assertThat(other.side()).isEqualTo(PortEnricher.Side.DESTINATION);
    assertThat(other.convention()).isEqualTo(PortEnricher.Convention.ECS);
    assertThat(other.database()).isSameAs(enricher.database());
    assertThat(other.enrich(22, Transport.TCP)).containsEntry("fw.port_info.iana.service", "ssh");
  }

  @Test
  void oneEnricherAnswersManyThreadsWithOneMapPerPort() throws Exception {
    PortEnricher shared = PortEnricher.of(Fixtures.database());
    PortEnricher reference = PortEnricher.of(Fixtures.database());
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Map<String, Object>>>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      results.add(pool.submit(() -> {
        start.await();
        List<Map<String, Object>> seen = new ArrayList<>();
        for (int port = 1900; port < 2100; port++) {
          seen.add(shared.enrich(port, Transport.TCP));
        }
        return seen;
      }));
    }
    start.countDown();
    List<List<Map<String, Object>>> all = new ArrayList<>();
    for (Future<List<Map<String, Object>>> f : results) {
      all.add(f.get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();
    for (int i = 0; i < 200; i++) {
      Map<String, Object> expected = reference.enrich(1900 + i, Transport.TCP);
      for (List<Map<String, Object>> seen : all) {
        assertThat(seen.get(i)).isEqualTo(expected).isSameAs(all.get(0).get(i));
      }
    }
  }

  @Test
  void toStringNamesTheLayoutAndTheDataVersion() {
    assertThat(enricher).hasToString("PortEnricher[destination.port, ECS, portlore, " + VERSION + "]");
  }
}
