package org.portlore.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.portlore.PortEnricher;
import org.portlore.Transport;

/**
 * Turns a firewall log line ({@link FirewallRecord}) into an enriched JSON event with Elastic Common Schema names,
 * or into a dead-letter event that says why the line could not be read. Kafka Streams
 * ({@link FirewallTopology}) and Flink ({@link FirewallEnrichmentFunction}) both use it, so both write the same
 * events.
 *
 * <p>An enriched event holds {@code event.action}, {@code source.ip}, {@code source.port}, {@code destination.ip},
 * {@code destination.port}, the fields of {@link PortEnricher} (with {@code network.protocol} and
 * {@code portlore.verdict} when the record names an {@code app}), and {@code event.original}, the line as received.
 * A protocol without ports ({@code icmp}) is passed on with {@code network.transport} and nothing from portlore. A
 * dead-letter event holds {@code error.message} and {@code event.original}.
 *
 * <p>Immutable and thread-safe.
 */
public final class FirewallLogEnricher {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PortEnricher ports;

  /**
   * An enricher of firewall lines.
   *
   * @param ports the port enricher, such as {@link PortEnricher#bundled()}
   * @throws NullPointerException if {@code ports} is null
   */
  public FirewallLogEnricher(PortEnricher ports) {
    this.ports = Objects.requireNonNull(ports, "ports");
  }

  /**
   * The port enricher behind this one.
   *
   * @return the port enricher
   */
  public PortEnricher ports() {
    return ports;
  }

  /**
   * Reads and enriches one line; never throws for bad input.
   *
   * @param line the line, possibly null or malformed
   * @return the enriched event, or the dead-letter event naming what is wrong
   */
  public Outcome process(String line) {
    FirewallRecord r;
    try {
      r = FirewallRecord.parse(line);
    } catch (MalformedRecordException e) {
      Map<String, Object> dead = new LinkedHashMap<>();
      dead.put("error.message", e.getMessage());
      if (line != null) {
        dead.put("event.original", line);
      }
      return new Outcome(false, json(dead));
    }
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("event.action", r.action());
    event.put("source.ip", r.srcIp());
    r.srcPort().ifPresent(p -> event.put("source.port", p));
    event.put("destination.ip", r.dstIp());
    r.dstPort().ifPresent(p -> event.put("destination.port", p));
    if (FirewallRecord.hasPorts(r.proto())) {
      Transport transport = Transport.parse(r.proto());
      int port = r.dstPort().orElseThrow();
      event.putAll(r.app().isPresent() ? ports.enrich(port, transport, r.app().get()) : ports.enrich(port, transport));
    } else {
      event.put("network.transport", r.proto());
    }
    event.put("event.original", r.line());
    return new Outcome(true, json(event));
  }

  private static String json(Map<String, Object> event) {
    try {
      return JSON.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What became of a line.
   *
   * @param enriched true for an enriched event, false for a dead letter
   * @param json the event as one line of JSON
   */
  public record Outcome(boolean enriched, String json) {}
}
