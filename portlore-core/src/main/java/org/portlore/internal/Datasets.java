package org.portlore.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.portlore.DatasetMetadata;
import org.portlore.ImmutableDatasetMetadata;
import org.portlore.PortDataException;
import org.portlore.spi.ImmutablePortDataset;
import org.portlore.spi.PortDataset;

/** Layers datasets into one. Thread-safe (stateless). */
public final class Datasets {
  private Datasets() {}

  /**
   * Layers datasets: IANA's records come from the last layer that has any (a fresher registry replaces the official
   * record whole), curated facts of every layer add up, and the metadata is that of the official layer with counts
   * of the curated facts added.
   *
   * @param layers the layers, bottom first
   * @return the merged dataset
   * @throws PortDataException if there is no layer
   */
  public static PortDataset merge(List<PortDataset> layers) {
    if (layers.isEmpty()) {
      throw new PortDataException("registry", "no data (add portlore-data, an IANA file or an overlay)");
    }
    PortDataset official = layers.get(0);
    for (PortDataset d : layers) {
      if (!d.assignments().isEmpty()) {
        official = d;
      }
    }
    ImmutablePortDataset.Builder b = ImmutablePortDataset.builder().assignments(official.assignments());
    for (PortDataset d : layers) {
      b.addAllUnofficialUses(d.unofficialUses());
      b.addAllThreats(d.threats());
      b.addAllHistory(d.history());
      b.addAllStanding(d.standing());
    }
    PortDataset merged = b.metadata(official.metadata()).build();
    if (layers.size() == 1) {
      return merged;
    }
    DatasetMetadata md = official.metadata();
    Map<String, Integer> counts = new LinkedHashMap<>(md.counts());
    counts.put("unofficialUses", merged.unofficialUses().size());
    counts.put("threats", merged.threats().size());
    counts.put("history", merged.history().size());
    counts.put("standing", merged.standing().size());
    return ImmutablePortDataset.copyOf(merged)
        .withMetadata(ImmutableDatasetMetadata.copyOf(md).withCounts(counts));
  }
}
