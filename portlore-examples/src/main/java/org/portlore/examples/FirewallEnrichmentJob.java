package org.portlore.examples;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/** The Flink job's graph: firewall log lines in, enriched events out, dead letters on a side output. */
public final class FirewallEnrichmentJob {
  private FirewallEnrichmentJob() {}

  /**
   * Adds the enrichment to a stream of firewall log lines.
   *
   * @param lines the lines, from any source (Kafka, files, sockets)
   * @return the enriched events; {@code getSideOutput(FirewallEnrichmentFunction.DEAD_LETTERS)} gives the dead
   *     letters
   */
  public static SingleOutputStreamOperator<String> enrich(DataStream<String> lines) {
    return lines.process(new FirewallEnrichmentFunction()).name("portlore enrichment").uid("portlore-enrichment");
  }
}
