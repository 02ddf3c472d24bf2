package org.portlore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything portlore knows about one port: its IANA assignments, range, unofficial uses, threats, history,
 * standing, conflicts, and the ephemeral ranges that hold it.
 *
 * <p>Every valid port has a {@code PortInfo}: an unassigned port has empty lists and still its range. The JSON keys
 * are a stable contract: {@code port}, {@code range}, {@code assignments}, {@code unofficialUses}, {@code threats},
 * {@code history}, {@code standing}, {@code conflicts}, {@code ephemeral}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePortInfo.class)
@JsonDeserialize(as = ImmutablePortInfo.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({
  "port", "range", "assignments", "unofficialUses", "threats", "history", "standing", "conflicts", "ephemeral"
})
public abstract class PortInfo {
  /**
   * The port.
   *
   * @return the port, 0–65535
   */
  public abstract int port();

  /**
   * The RFC 6335 range of the port.
   *
   * @return the range
   */
  @Value.Derived
  public PortRange range() {
    return PortRange.of(port());
  }

  /**
   * IANA's records for the port on every transport (Reserved included, Unassigned left out), in registry order.
   *
   * @return the assignments, possibly empty
   */
  public abstract List<Assignment> assignments();

  /**
   * Documented uses outside of IANA's record.
   *
   * @return the unofficial uses, possibly empty
   */
  public abstract List<UnofficialUse> unofficialUses();

  /**
   * Malware and offensive-tool defaults documented on the port.
   *
   * @return the threats, possibly empty
   */
  public abstract List<Threat> threats();

  /**
   * The history of the port and its protocols, oldest first.
   *
   * @return the events, possibly empty
   */
  public abstract List<HistoryEvent> history();

  /**
   * Whether the official services are still alive.
   *
   * @return one entry per service known, possibly empty
   */
  public abstract List<Standing> standing();

  /**
   * Facts about the port that disagree.
   *
   * @return the conflicts, possibly empty
   */
  public abstract List<Conflict> conflicts();

  /**
   * The default ephemeral ranges of operating systems that hold the port.
   *
   * @return the ranges, possibly empty
   */
  public abstract List<EphemeralRange> ephemeral();

  /**
   * The assignments on one transport (records without a transport hold for all).
   *
   * @param transport the transport
   * @return those assignments, possibly empty
   */
  public List<Assignment> assignments(Transport transport) {
    return assignments().stream().filter(a -> a.covers(transport)).toList();
  }

  /**
   * The first named service on a transport, such as {@code ssh} for 22/tcp.
   *
   * @param transport the transport
   * @return the service name, or empty when none is assigned
   */
  public Optional<String> service(Transport transport) {
    for (Assignment a : assignments()) {
      if (a.covers(transport) && a.service().isPresent()) {
        return a.service();
      }
    }
    return Optional.empty();
  }

  /**
   * This answer in its documented JSON form ({@link PortJson}), written on the first call and kept: the registry
   * caches answers per port, so each port's JSON is written once and every later call returns the same string.
   *
   * @return the JSON object, on one line
   */
  @Value.Lazy
  @com.fasterxml.jackson.annotation.JsonIgnore
  public String toJson() {
    return PortJson.toJson(this);
  }

  /**
   * Tells whether anything at all is known of the port beyond its range.
   *
   * @return true if any list is non-empty, ephemeral ranges not counted
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isKnown() {
    return !assignments().isEmpty()
        || !unofficialUses().isEmpty()
        || !threats().isEmpty()
        || !history().isEmpty();
  }

  @Value.Check
  void check() {
    org.portlore.internal.Checks.port(port());
  }
}
