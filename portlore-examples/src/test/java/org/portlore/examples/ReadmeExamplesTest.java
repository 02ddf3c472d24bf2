package org.portlore.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.portlore.PortEnricher;
import org.portlore.Transport;

/** The README's log-enrichment code: run here, and printed in the README exactly as in the sources. */
class ReadmeExamplesTest {
  private static final Path ROOT = Path.of(System.getProperty("portlore.root", ".."));

  // README:BEGIN enrich
  static List<Map<String, Object>> logEnrichment() {
    PortEnricher enricher = PortEnricher.bundled();    // one per JVM: thread-safe, cached per port and transport
    Map<String, Object> firewall = enricher.enrich(1973, Transport.TCP);         // a port in a firewall log
    Map<String, Object> ids = enricher.enrich(1973, Transport.TCP, "KGB-RAT");   // what a detector saw there
    return List.of(firewall, ids);
  }
  // README:END enrich

  @Test
  void theEnrichmentExampleGivesWhatTheReadmeSays() {
    List<Map<String, Object>> events = logEnrichment();
    assertThat(events.get(0))
        .containsExactly(
            entry("destination.port", 1973),
            entry("network.transport", "tcp"),
            entry("network.iana_number", "6"),
            entry("portlore.port.range", "user"),
            entry("portlore.iana.service", "dlsrap"),
            entry("portlore.iana.status", "assigned"),
            entry("portlore.iana.standing", "extinct"),
            entry("portlore.threat.names", List.of("KGB-RAT", "W32.Sonic.Worm")),
            entry("portlore.conflict.types", List.of("malware-squat")),
            entry("portlore.ephemeral.systems", List.of("windows-xp")),
            entry("portlore.data.version", "2026.08.17"));
    assertThat(events.get(1))
        .containsAllEntriesOf(events.get(0))
        .containsEntry("network.protocol", "kgb-rat")
        .containsEntry("portlore.verdict", "threat")
        .hasSize(events.get(0).size() + 2);
  }

  @Test
  void theReadmePrintsTheEnrichmentExampleAsCompiled() throws IOException {
    assertThat(readme()).contains(excerpt(testSource("ReadmeExamplesTest.java"), "enrich"));
  }

  @Test
  void theReadmePrintsTheKafkaTopologyAsCompiled() throws IOException {
    assertThat(readme()).contains(excerpt(mainSource("FirewallTopology.java"), "kafka"));
  }

  @Test
  void theReadmePrintsTheFlinkFunctionAsCompiled() throws IOException {
    assertThat(readme()).contains(excerpt(mainSource("FirewallEnrichmentFunction.java"), "flink"));
  }

  @Test
  void theReadmeDocumentsEveryEnrichmentField() throws IOException {
    String readme = readme();
    for (String field : PortEnricher.bundled().fieldNames()) {
      assertThat(readme).contains("| `" + field + "`");
    }
    assertThat(readme).contains("| `network.protocol.name`");
  }

  private static String readme() throws IOException {
    return Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
  }

  private static String mainSource(String name) throws IOException {
    return Files.readString(
        ROOT.resolve("portlore-examples/src/main/java/org/portlore/examples").resolve(name), StandardCharsets.UTF_8);
  }

  private static String testSource(String name) throws IOException {
    return Files.readString(
        ROOT.resolve("portlore-examples/src/test/java/org/portlore/examples").resolve(name), StandardCharsets.UTF_8);
  }

  /** The lines between the markers, without their common indentation. */
  private static String excerpt(String source, String name) {
    String begin = "// README:BEGIN " + name + "\n";
    int from = source.indexOf(begin);
    int to = source.indexOf("// README:END " + name);
    assertThat(from).as("marker %s", name).isNotNegative();
    assertThat(to).as("end marker %s", name).isGreaterThan(from);
    String[] lines = source.substring(from + begin.length(), source.lastIndexOf('\n', to) + 1).split("\n");
    int indent = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder b = new StringBuilder();
    for (String line : lines) {
      b.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return b.toString().strip();
  }
}
