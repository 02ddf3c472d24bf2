package org.portlore.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.portlore.Assignment;
import org.portlore.Conflict;
import org.portlore.HistoryEvent;
import org.portlore.PortInfo;
import org.portlore.PortRange;
import org.portlore.PortRegistry;
import org.portlore.Source;
import org.portlore.Standing;
import org.portlore.Threat;
import org.portlore.Transport;
import org.portlore.UnofficialUse;

class BundledDataTest {
  @Test
  void theBundledDataIsFoundThroughTheServiceLoaderOnTheModulePath() {
    assertThat(BundledDataProvider.class.getModule().getName()).isEqualTo("org.portlore.data");
    assertThat(PortRegistry.metadata().registryDate()).isEqualTo("2026-08-17");
    assertThat(PortRegistry.bundled()).isSameAs(PortRegistry.bundled());
  }

  @Test
  void theBundledRegistryIsLoadedOnceUnderContention() throws Exception {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    var futures = new java.util.ArrayList<java.util.concurrent.Future<org.portlore.PortDatabase>>();
    for (int i = 0; i < 16; i++) {
      futures.add(pool.submit(PortRegistry::bundled));
    }
    var first = futures.get(0).get();
    for (var f : futures) {
      assertThat(f.get()).isSameAs(first);
    }
    pool.shutdown();
  }

  @Test
  void theBundledCompactFormAnswersEveryPortAsTheJsonDatasetDoes() throws Exception {
    org.portlore.spi.PortDataset json;
    try (var in = java.nio.file.Files.newInputStream(SharedFiles.datasetFile())) {
      json = org.portlore.spi.DataFormats.readDataset(in, "committed JSON");
    }
    assertThat(new BundledDataProvider().load()).isEqualTo(json);
    org.portlore.PortDatabase fromJson = org.portlore.PortDatabase.of(json);
    assertThat(new BundledDataProvider().loadCompact()).isPresent();
    for (int p = 0; p <= 65535; p++) {
      assertThat(PortRegistry.lookup(p)).as("port %d", p).isEqualTo(fromJson.lookup(p));
    }
    assertThat(PortRegistry.conflicts()).isEqualTo(fromJson.conflicts());
    assertThat(PortRegistry.byService("ssh")).isEqualTo(fromJson.byService("ssh"));
    assertThat(PortRegistry.metadata()).isEqualTo(json.metadata());
  }

  @Test
  void everyBundledPortWritesTheJsonJacksonWrites() throws Exception {
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper()
        .registerModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module());
    for (int p = 0; p <= 65535; p++) {
      PortInfo info = PortRegistry.lookup(p);
      assertThat(org.portlore.PortJson.toJson(info)).as("port %d", p).isEqualTo(mapper.writeValueAsString(info));
    }
    for (var c : PortRegistry.conflicts()) {
      assertThat(org.portlore.PortJson.toJson(c)).isEqualTo(mapper.writeValueAsString(c));
    }
  }

  @Test
  void reportsItsMetadata() {
    var md = PortRegistry.metadata();
    assertThat(md.schemaVersion()).isEqualTo(1);
    assertThat(md.dataVersion()).isEqualTo(System.getProperty("portlore.data.release"));
    assertThat(md.source()).contains("IANA").contains("2026-08-17");
    assertThat(md.counts()).containsEntry("records", 14533)
        .containsEntry("namedPorts.tcp", 5958)
        .containsEntry("namedPorts.udp", 5566)
        .containsEntry("namedPorts.sctp", 88)
        .containsEntry("namedPorts.dccp", 9)
        .containsEntry("unauthorizedUse", 112);
  }

  @Test
  void port1973TellsItsStoryWithSources() {
    PortInfo info = PortRegistry.lookup(1973);
    assertThat(info.range()).isEqualTo(PortRange.USER);
    assertThat(info.assignments()).extracting(a -> a.service().orElseThrow() + "/" + a.transport().orElseThrow().token())
        .containsExactly("dlsrap/tcp", "dlsrap/udp");
    assertThat(info.assignments().get(0).description()).isEqualTo("Data Link Switching Remote Access Protocol");
    assertThat(info.history()).extracting(HistoryEvent::event)
        .anySatisfy(e -> assertThat(e).contains("RFC 2106"))
        .anySatisfy(e -> assertThat(e).contains("RFC 2114").contains("obsoletes"));
    assertThat(info.history()).allSatisfy(h -> assertThat(h.date()).startsWith("1997-02"));
    assertThat(info.standing()).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(Standing.Status.EXTINCT));
    assertThat(info.threats()).extracting(Threat::name).contains("KGB-RAT", "W32.Sonic.Worm");
    assertThat(info.threats()).filteredOn(t -> t.name().equals("KGB-RAT")).singleElement().satisfies(t -> {
      assertThat(t.aliases()).contains("Backdoor.Win32.Small.bu");
      assertThat(t.transports()).containsExactly(Transport.TCP);
    });
    assertThat(info.threats()).filteredOn(t -> t.name().equals("W32.Sonic.Worm")).singleElement()
        .satisfies(t -> assertThat(t.firstSeen()).contains("2000"));
    assertThat(info.conflicts()).extracting(Conflict::type).contains(Conflict.Type.MALWARE_SQUAT);
    assertThat(info.ephemeral()).extracting(r -> r.system()).containsExactly("windows-xp");
  }

  @Test
  void port373TellsItsStoryWithSources() {
    PortInfo info = PortRegistry.lookup(373);
    assertThat(info.range()).isEqualTo(PortRange.SYSTEM);
    assertThat(info.assignments()).extracting(a -> a.service().orElseThrow()).containsOnly("legent-1");
    assertThat(info.unofficialUses()).extracting(UnofficialUse::name).anySatisfy(n -> assertThat(n).contains("AppleTalk Session Protocol"));
    assertThat(info.history()).extracting(HistoryEvent::date).contains("1989", "1995", "2009-08-28");
    assertThat(info.history()).anySatisfy(h -> assertThat(h.event()).contains("Computer Associates"));
    assertThat(info.history()).anySatisfy(h -> assertThat(h.event()).contains("10.6"));
    assertThat(info.standing()).anySatisfy(s -> {
      assertThat(s.service()).isEqualTo("legent-1");
      assertThat(s.status()).isEqualTo(Standing.Status.EXTINCT);
    });
    assertThat(info.conflicts()).anySatisfy(c -> {
      assertThat(c.type()).isEqualTo(Conflict.Type.UNOFFICIAL_USE);
      assertThat(String.join(" ", c.facts())).contains("legent-1").contains("AppleTalk");
    });
  }

  @Test
  void everyCuratedFactOfTheStoriesHasACheckableSource() {
    for (int port : new int[] {373, 1973}) {
      PortInfo info = PortRegistry.lookup(port);
      List<List<Source>> all = new java.util.ArrayList<>();
      info.unofficialUses().forEach(u -> all.add(u.sources()));
      info.threats().forEach(t -> all.add(t.sources()));
      info.history().forEach(h -> all.add(h.sources()));
      info.standing().forEach(s -> all.add(s.sources()));
      assertThat(all).isNotEmpty().allSatisfy(s -> assertThat(s).isNotEmpty().allSatisfy(x -> assertThat(x.url()).isPresent()));
    }
  }

  @Test
  void ianaUnauthorizedUseReportsBecomeConflicts() {
    assertThat(PortRegistry.lookup(1521).conflicts()).anySatisfy(c -> {
      assertThat(c.type()).isEqualTo(Conflict.Type.UNAUTHORIZED_USE);
      assertThat(c.description()).contains("ncube-lm");
    });
    assertThat(PortRegistry.conflicts(Conflict.Type.UNAUTHORIZED_USE)).hasSizeGreaterThan(40);
  }

  @Test
  void shellAndSyslogOn514AreATransportMismatch() {
    assertThat(PortRegistry.lookup(514).conflicts()).anySatisfy(c -> {
      assertThat(c.type()).isEqualTo(Conflict.Type.TRANSPORT_MISMATCH);
      assertThat(c.description()).contains("shell").contains("syslog");
    });
  }

  @Test
  void aliasesOfPort80AreAllKeptAndAreNoConflict() {
    assertThat(PortRegistry.lookup(80, Transport.TCP).assignments()).extracting(a -> a.service().orElseThrow())
        .containsExactly("http", "www", "www-http");
    assertThat(PortRegistry.lookup(80).conflicts()).noneMatch(c -> c.type() == Conflict.Type.MULTIPLE_SERVICES);
  }

  @Test
  void sshHasTcpUdpAndSctp() {
    assertThat(PortRegistry.byService("ssh")).filteredOn(a -> a.ports().isPresent()).extracting(a -> a.ports().orElseThrow().first() + "/" + a.transport().orElseThrow().token())
        .containsExactly("22/tcp", "22/udp", "22/sctp");
  }

  @Test
  void reservedPortsSayReservedOnTheTransportsIanaSays() {
    for (int port : new int[] {0, 1023, 1024}) {
      assertThat(PortRegistry.lookup(port).assignments()).extracting(Assignment::status)
          .containsOnly(Assignment.Status.RESERVED);
      assertThat(PortRegistry.lookup(port).assignments()).extracting(a -> a.transport().orElseThrow())
          .containsExactly(Transport.TCP, Transport.UDP);
    }
  }

  @Test
  void x11RangeIsExpanded() {
    assertThat(PortRegistry.lookup(6010).service(Transport.TCP)).contains("x11");
  }

  @Test
  void verdictsUseTheRealData() {
    assertThat(PortRegistry.verdict(22, Transport.TCP, "OpenSSH").kind()).isEqualTo(org.portlore.Verdict.Kind.EXPECTED);
    assertThat(PortRegistry.verdict(1973, Transport.TCP, "KGB-RAT").kind()).isEqualTo(org.portlore.Verdict.Kind.THREAT);
    assertThat(PortRegistry.verdict(1973, Transport.TCP, "nginx").kind()).isEqualTo(org.portlore.Verdict.Kind.UNEXPECTED);
  }

  @Test
  void dnsSdNamesWithoutAPortAreSearchable() {
    long withoutPort = PortRegistry.bundled().metadata().counts().get("serviceNamesWithoutPort");
    assertThat(withoutPort).isEqualTo(1070);
    assertThat(PortRegistry.search("airplay")).anySatisfy(h -> assertThat(h.port()).isEmpty());
  }
}
