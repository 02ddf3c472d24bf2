package org.portlore.examples;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.portlore.PortEnricher;

/**
 * A Flink function that enriches firewall log lines with portlore: enriched events go to the main output, lines that
 * cannot be read to the {@link #DEAD_LETTERS} side output with the reason. Nothing is dropped.
 *
 * <p>The registry is never part of the function: Flink serializes the function to ship it to the workers, and the
 * enricher is a transient field set in {@link #open(OpenContext)} from {@link PortEnricher#bundled()}, which loads
 * the data once per worker JVM (per class loader) and shares it, with its cache, among every parallel instance
 * there.
 */
public class FirewallEnrichmentFunction extends ProcessFunction<String, String> {
  /** The side output of dead-letter events: the line and why it could not be read. */
  public static final OutputTag<String> DEAD_LETTERS = new OutputTag<>("dead-letters", Types.STRING);

  private static final long serialVersionUID = 1L;

  // README:BEGIN flink
  private transient FirewallLogEnricher enricher;

  @Override
  public void open(OpenContext context) {
    enricher = new FirewallLogEnricher(PortEnricher.bundled()); // one registry per JVM, loaded on first use
  }

  @Override
  public void processElement(String line, Context context, Collector<String> out) {
    FirewallLogEnricher.Outcome outcome = enricher.process(line);
    if (outcome.enriched()) {
      out.collect(outcome.json());
    } else {
      context.output(DEAD_LETTERS, outcome.json());
    }
  }
  // README:END flink

  /** The enricher set by {@link #open(OpenContext)}; null before. */
  FirewallLogEnricher enricher() {
    return enricher;
  }
}
