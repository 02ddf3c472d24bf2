package org.portlore.examples;

import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * A Kafka Streams topology that enriches firewall log lines with portlore: each line of the input topic becomes one
 * enriched JSON event on the output topic, or one dead-letter event (the line and why it could not be read) on the
 * dead-letter topic. Nothing is dropped. Keys pass through unchanged; values are strings.
 */
public final class FirewallTopology {
  private FirewallTopology() {}

  /**
   * Builds the topology.
   *
   * @param input the topic of firewall log lines
   * @param output the topic of enriched events
   * @param deadLetters the topic of lines that could not be read
   * @param enricher the enricher, such as {@code new FirewallLogEnricher(PortEnricher.bundled())}
   * @return the topology
   */
  public static Topology build(String input, String output, String deadLetters, FirewallLogEnricher enricher) {
    StreamsBuilder builder = new StreamsBuilder();
    // README:BEGIN kafka
    Map<String, KStream<String, FirewallLogEnricher.Outcome>> outcomes =
        builder.stream(input, Consumed.with(Serdes.String(), Serdes.String()))
            .mapValues(enricher::process)
            .split(Named.as("firewall-"))
            .branch((key, outcome) -> outcome.enriched(), Branched.as("enriched"))
            .defaultBranch(Branched.as("dead-letters"));
    outcomes.get("firewall-enriched")
        .mapValues(FirewallLogEnricher.Outcome::json)
        .to(output, Produced.with(Serdes.String(), Serdes.String()));
    outcomes.get("firewall-dead-letters")
        .mapValues(FirewallLogEnricher.Outcome::json)
        .to(deadLetters, Produced.with(Serdes.String(), Serdes.String()));
    // README:END kafka
    return builder.build();
  }
}
