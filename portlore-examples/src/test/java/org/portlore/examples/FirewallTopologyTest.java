package org.portlore.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portlore.PortEnricher;

/** The Kafka Streams topology on the real bundled data, driven by TopologyTestDriver: no broker. */
class FirewallTopologyTest {
  @TempDir Path stateDir;

  private TopologyTestDriver driver;
  private TestInputTopic<String, String> input;
  private TestOutputTopic<String, String> output;
  private TestOutputTopic<String, String> deadLetters;

  @BeforeEach
  void start() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "portlore-firewall-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    // Kafka 4.3 warns at every start until this is set; the topology has no global state for it to apply to.
    props.put("processing.exception.handler.global.enabled", "true");
    driver = new TopologyTestDriver(
        FirewallTopology.build(
            "firewall", "firewall-enriched", "firewall-dead-letters", new FirewallLogEnricher(PortEnricher.bundled())),
        props);
    input = driver.createInputTopic("firewall", new StringSerializer(), new StringSerializer());
    output = driver.createOutputTopic("firewall-enriched", new StringDeserializer(), new StringDeserializer());
    deadLetters = driver.createOutputTopic("firewall-dead-letters", new StringDeserializer(), new StringDeserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private Map<String, Object> enrich(String line) {
    input.pipeInput("fw01", line);
    assertThat(deadLetters.isEmpty()).as("no dead letter for %s", line).isTrue();
    KeyValue<String, String> out = output.readKeyValue();
    assertThat(out.key).isEqualTo("fw01");
    assertThat(output.isEmpty()).isTrue();
    return FirewallLines.read(out.value);
  }

  @Test
  void sshTrafficIsEnrichedWithTheIanaServiceInEcsFields() {
    assertThat(enrich(FirewallLines.SSH))
        .containsExactly(
            entry("event.action", "allow"),
            entry("source.ip", "203.0.113.7"),
            entry("source.port", 51514),
            entry("destination.ip", "192.0.2.10"),
            entry("destination.port", 22),
            entry("network.transport", "tcp"),
            entry("network.iana_number", "6"),
            entry("portlore.port.range", "system"),
            entry("portlore.iana.service", "ssh"),
            entry("portlore.iana.status", "assigned"),
            entry("portlore.iana.standing", "in-use"),
            entry("portlore.data.version", "2026.08.17"),
            entry("event.original", FirewallLines.SSH));
  }

  @Test
  void trafficToPort1973CarriesTheThreatsDocumentedThere() {
    Map<String, Object> event = enrich(FirewallLines.KGB_RAT_PORT);
    assertThat(event)
        .containsEntry("destination.port", 1973)
        .containsEntry("portlore.iana.service", "dlsrap")
        .containsEntry("portlore.iana.standing", "extinct")
        .containsEntry("portlore.threat.names", List.of("KGB-RAT", "W32.Sonic.Worm"))
        .containsEntry("portlore.conflict.types", List.of("malware-squat"))
        .doesNotContainKeys("network.protocol", "portlore.verdict");
  }

  @Test
  void anApplicationTheFirewallIdentifiedGetsAVerdict() {
    assertThat(enrich(FirewallLines.KGB_RAT_SEEN))
        .containsEntry("event.action", "allow")
        .containsEntry("network.transport", "tcp")
        .containsEntry("network.protocol", "kgb-rat")
        .containsEntry("portlore.verdict", "threat");
  }

  @Test
  void anUnassignedPortKeepsItsRangeAndNoService() {
    assertThat(enrich(FirewallLines.UNASSIGNED))
        .containsEntry("destination.port", 4)
        .containsEntry("network.transport", "udp")
        .containsEntry("portlore.port.range", "system")
        .doesNotContainKeys("portlore.iana.service", "portlore.threat.names");
  }

  @Test
  void aProtocolWithoutPortsPassesThroughUnenriched() {
    assertThat(enrich(FirewallLines.PING))
        .containsExactly(
            entry("event.action", "allow"),
            entry("source.ip", "192.0.2.44"),
            entry("destination.ip", "192.0.2.1"),
            entry("network.transport", "icmp"),
            entry("event.original", FirewallLines.PING));
  }

  @Test
  void malformedLinesGoToTheDeadLetterTopicWithTheReason() {
    input.pipeInput("fw01", FirewallLines.GARBAGE);
    input.pipeInput("fw02", FirewallLines.BAD_PORT);
    input.pipeInput("fw03", FirewallLines.NO_PORT);
    input.pipeInput("fw04", (String) null);
    assertThat(output.isEmpty()).isTrue();
    List<KeyValue<String, String>> dead = deadLetters.readKeyValuesToList();
    assertThat(dead).extracting(kv -> kv.key).containsExactly("fw01", "fw02", "fw03", "fw04");
    assertThat(dead).extracting(kv -> FirewallLines.read(kv.value))
        .containsExactly(
            Map.of("error.message", "not a key=value pair: '<134>Nov'", "event.original", FirewallLines.GARBAGE),
            Map.of("error.message", "dpt is not a port 0-65535: '70000'", "event.original", FirewallLines.BAD_PORT),
            Map.of(
                "error.message",
                "missing dpt (a tcp record needs its destination port)",
                "event.original",
                FirewallLines.NO_PORT),
            Map.of("error.message", "empty record"));
  }

  @Test
  void everyLineComesOutExactlyOnceInOrder() {
    for (String line : FirewallLines.GOOD) {
      input.pipeInput("k", line);
    }
    for (String line : FirewallLines.BAD) {
      input.pipeInput("k", line);
    }
    assertThat(output.readValuesToList()).extracting(v -> FirewallLines.read(v).get("event.original"))
        .containsExactlyElementsOf(FirewallLines.GOOD);
    assertThat(deadLetters.readValuesToList()).extracting(v -> FirewallLines.read(v).get("event.original"))
        .containsExactlyElementsOf(FirewallLines.BAD);
  }
}
