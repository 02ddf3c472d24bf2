package org.portlore.spi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.portlore.Assignment;
import org.portlore.DatasetMetadata;
import org.portlore.HistoryEvent;
import org.portlore.Standing;
import org.portlore.Threat;
import org.portlore.UnofficialUse;

/**
 * A complete body of port data: IANA's records and curated facts, with the metadata that describes them.
 *
 * <p>Its JSON form is portlore's runtime data format (see {@code DATA-FORMAT.md} of portlore-data): keys
 * {@code metadata}, {@code assignments}, {@code unofficialUses}, {@code threats}, {@code history},
 * {@code standing}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePortDataset.class)
@JsonDeserialize(as = ImmutablePortDataset.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"metadata", "assignments", "unofficialUses", "threats", "history", "standing"})
public interface PortDataset {
  /**
   * What the dataset says of itself.
   *
   * @return the metadata
   */
  DatasetMetadata metadata();

  /**
   * IANA's records, in registry order.
   *
   * @return the records, possibly empty for a dataset of curated facts only
   */
  List<Assignment> assignments();

  /**
   * Documented unofficial uses.
   *
   * @return the uses
   */
  List<UnofficialUse> unofficialUses();

  /**
   * Documented threats.
   *
   * @return the threats
   */
  List<Threat> threats();

  /**
   * History events.
   *
   * @return the events
   */
  List<HistoryEvent> history();

  /**
   * The standing of official services.
   *
   * @return the standings
   */
  List<Standing> standing();
}
