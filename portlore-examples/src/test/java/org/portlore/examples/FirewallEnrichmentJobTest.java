package org.portlore.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.flink.api.common.functions.DefaultOpenContext;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.portlore.PortEnricher;

/** The Flink job on a local MiniCluster (one task manager, two slots) over the real bundled data. */
class FirewallEnrichmentJobTest {
  @RegisterExtension
  static final MiniClusterExtension CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  @Test
  void theJobEnrichesEveryGoodLineAndSendsEveryBadOneToTheSideOutput() throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    List<String> lines = Stream.concat(FirewallLines.GOOD.stream(), FirewallLines.BAD.stream()).toList();
    SingleOutputStreamOperator<String> enriched = FirewallEnrichmentJob.enrich(env.fromData(lines));
    CloseableIterator<String> events = enriched.collectAsync();
    CloseableIterator<String> dead = enriched.getSideOutput(FirewallEnrichmentFunction.DEAD_LETTERS).collectAsync();
    env.executeAsync("portlore enrichment test");

    List<Map<String, Object>> out = drain(events);
    List<Map<String, Object>> rejected = drain(dead);

    // two parallel instances: the order across them is not fixed, the content is
    assertThat(out).extracting(e -> e.get("event.original")).containsExactlyInAnyOrderElementsOf(FirewallLines.GOOD);
    assertThat(byLine(out, FirewallLines.SSH))
        .containsEntry("destination.port", 22)
        .containsEntry("network.transport", "tcp")
        .containsEntry("portlore.iana.service", "ssh")
        .containsEntry("portlore.data.version", "2026.08.17");
    assertThat(byLine(out, FirewallLines.KGB_RAT_PORT))
        .containsEntry("portlore.threat.names", List.of("KGB-RAT", "W32.Sonic.Worm"))
        .containsEntry("portlore.conflict.types", List.of("malware-squat"));
    assertThat(byLine(out, FirewallLines.KGB_RAT_SEEN))
        .containsEntry("network.protocol", "kgb-rat")
        .containsEntry("portlore.verdict", "threat");
    assertThat(byLine(out, FirewallLines.UNASSIGNED))
        .containsEntry("portlore.port.range", "system")
        .doesNotContainKey("portlore.iana.service");
    assertThat(byLine(out, FirewallLines.PING)).containsEntry("network.transport", "icmp").hasSize(5);

    assertThat(rejected)
        .extracting(e -> e.get("event.original"))
        .containsExactlyInAnyOrderElementsOf(FirewallLines.BAD);
    assertThat(byLine(rejected, FirewallLines.BAD_PORT))
        .containsEntry("error.message", "dpt is not a port 0-65535: '70000'");
  }

  @Test
  void theFunctionIsSerializedWithoutTheRegistryAndSharesTheBundledOneWhenOpened() throws Exception {
    FirewallEnrichmentFunction function = new FirewallEnrichmentFunction();
    function.open(DefaultOpenContext.INSTANCE);
    assertThat(function.enricher().ports()).isSameAs(PortEnricher.bundled());

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
      o.writeObject(function);
    }
    // a serialized field names its type in the stream; the registry's types must not be there
    String stream = bytes.toString(StandardCharsets.ISO_8859_1);
    assertThat(stream).doesNotContain("org.portlore.PortEnricher", "org.portlore.PortDatabase", "FirewallLogEnricher");
    assertThat(bytes.size()).isLessThan(2048);

    FirewallEnrichmentFunction copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (FirewallEnrichmentFunction) in.readObject();
    }
    assertThat(copy.enricher()).isNull();
    copy.open(DefaultOpenContext.INSTANCE);
    assertThat(copy.enricher().ports()).isSameAs(function.enricher().ports());
  }

  private static List<Map<String, Object>> drain(CloseableIterator<String> it) throws Exception {
    List<Map<String, Object>> out = new ArrayList<>();
    try (it) {
      it.forEachRemaining(json -> out.add(FirewallLines.read(json)));
    }
    return out;
  }

  private static Map<String, Object> byLine(List<Map<String, Object>> events, String line) {
    return events.stream().filter(e -> line.equals(e.get("event.original"))).findFirst().orElseThrow();
  }
}
