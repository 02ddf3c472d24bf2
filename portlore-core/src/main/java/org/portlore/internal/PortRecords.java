package org.portlore.internal;

import java.util.List;
import org.portlore.Assignment;
import org.portlore.HistoryEvent;
import org.portlore.Standing;
import org.portlore.Threat;
import org.portlore.UnofficialUse;

/**
 * The records of one port as the data holds them, before conflicts are derived. Immutable and thread-safe.
 *
 * @param assignments IANA's records covering the port, in registry order
 * @param uses unofficial uses
 * @param threats threats
 * @param history history events in date order
 * @param standing standings
 */
public record PortRecords(
    List<Assignment> assignments,
    List<UnofficialUse> uses,
    List<Threat> threats,
    List<HistoryEvent> history,
    List<Standing> standing) {
  /** A port with no records. */
  public static final PortRecords EMPTY = new PortRecords(List.of(), List.of(), List.of(), List.of(), List.of());
}
