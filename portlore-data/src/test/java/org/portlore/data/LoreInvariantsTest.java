package org.portlore.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portlore.Assignment;
import org.portlore.Curated;
import org.portlore.HistoryEvent;
import org.portlore.PortRegistry;
import org.portlore.Source;
import org.portlore.Standing;
import org.portlore.Threat;
import org.portlore.UnofficialUse;
import org.portlore.spi.PortDataset;

/** Invariants over the whole curated dataset, as shipped. */
class LoreInvariantsTest {
  private static final Set<String> THREAT_TYPES = Set.of(
      "trojan", "backdoor", "rat", "worm", "botnet", "virus", "ransomware", "miner", "c2-framework", "exploit-tool",
      "scanner", "other");
  private static final Set<String> CATEGORIES = Set.of(
      "database", "cache", "message-queue", "search", "big-data", "monitoring", "container", "web", "app-server",
      "dev-server", "proxy", "remote-access", "vpn", "file-transfer", "mail", "game", "p2p", "iot", "media", "voip",
      "vendor-agent", "legacy-protocol", "industrial", "security-tool", "other");

  private static PortDataset lore;

  @BeforeAll
  static void read() throws Exception {
    lore = DatasetGenerator.readLore(SharedFiles.loreDir());
  }

  private static boolean ianaNameOn(int port, String service) {
    return PortRegistry.lookup(port).assignments().stream()
        .map(Assignment::service)
        .anyMatch(s -> s.isPresent() && s.get().equals(service));
  }

  @Test
  void everyCuratedFactHasACheckableSource() {
    List<Curated> all = new java.util.ArrayList<>();
    all.addAll(lore.unofficialUses());
    all.addAll(lore.threats());
    all.addAll(lore.history());
    all.addAll(lore.standing());
    assertThat(all).allSatisfy(f -> assertThat(f.sources()).isNotEmpty()
        .allSatisfy(s -> assertThat(s.url()).as("source %s of %s", s.reference(), f).isPresent()));
    assertThat(all).allSatisfy(f -> assertThat(f.sources()).extracting(Source::kind).doesNotContain(Source.Kind.TEXT));
  }

  @Test
  void noFactIsListedTwice() {
    Set<String> seen = new HashSet<>();
    for (UnofficialUse u : lore.unofficialUses()) {
      assertThat(seen.add("use|" + u.port() + "|" + key(u.name()))).as("duplicate use %s on %d", u.name(), u.port()).isTrue();
    }
    for (Threat t : lore.threats()) {
      assertThat(seen.add("threat|" + t.port() + "|" + key(t.name()))).as("duplicate threat %s on %d", t.name(), t.port()).isTrue();
    }
    for (Standing s : lore.standing()) {
      assertThat(seen.add("standing|" + s.port() + "|" + s.service())).as("duplicate standing %s", s).isTrue();
    }
    for (HistoryEvent h : lore.history()) {
      assertThat(seen.add("history|" + h.port() + "|" + key(h.event()))).as("duplicate event %s", h).isTrue();
    }
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  @Test
  void namesAreConsistentWithTheOfficialRecord() {
    assertThat(lore.standing()).allSatisfy(s -> assertThat(ianaNameOn(s.port(), s.service()))
        .as("standing of %s names an IANA service of port %d", s.service(), s.port()).isTrue());
    assertThat(lore.history()).filteredOn(h -> h.service().isPresent()).allSatisfy(h -> assertThat(ianaNameOn(h.port(), h.service().get()))
        .as("history of %s on %d", h.service().get(), h.port()).isTrue());
    assertThat(lore.unofficialUses()).filteredOn(u -> u.implementsService().isPresent()).allSatisfy(u ->
        assertThat(ianaNameOn(u.port(), u.implementsService().get())).as("%s implements %s", u.name(), u.implementsService()).isTrue());
  }

  @Test
  void kindsAndCategoriesComeFromTheDocumentedLists() {
    assertThat(lore.threats()).extracting(Threat::type).allMatch(THREAT_TYPES::contains);
    assertThat(lore.unofficialUses()).extracting(UnofficialUse::category).allMatch(CATEGORIES::contains);
  }

  @Test
  void descriptionsAreShortAndNamesAreTrimmed() {
    assertThat(lore.unofficialUses()).allSatisfy(u -> {
      assertThat(u.description().length()).isBetween(10, 300);
      assertThat(u.name()).isEqualTo(u.name().strip());
    });
    assertThat(lore.threats()).allSatisfy(t -> assertThat(t.description().length()).isBetween(10, 300));
  }

  @Test
  void meetsTheCoverageTheProjectPromises() {
    Set<Integer> usePorts = lore.unofficialUses().stream().map(UnofficialUse::port).collect(Collectors.toSet());
    Set<Integer> threatPorts = lore.threats().stream().map(Threat::port).collect(Collectors.toSet());
    Set<Integer> historyPorts = PortRegistry.bundled().metadata().counts().isEmpty() ? Set.of()
        : allHistoryPorts();
    assertThat(lore.unofficialUses()).hasSizeGreaterThanOrEqualTo(500);
    assertThat(usePorts).hasSizeGreaterThanOrEqualTo(400);
    assertThat(threatPorts).hasSizeGreaterThanOrEqualTo(150);
    assertThat(historyPorts).hasSizeGreaterThanOrEqualTo(HISTORY_PORTS_FLOOR);
  }

  /** Ports with history, counting IANA's own notes. */
  private static Set<Integer> allHistoryPorts() {
    Set<Integer> ports = new HashSet<>();
    for (int p = 0; p <= 65535; p++) {
      if (!PortRegistry.lookup(p).history().isEmpty()) {
        ports.add(p);
      }
    }
    return ports;
  }

  static final int HISTORY_PORTS_FLOOR = 200;
}
