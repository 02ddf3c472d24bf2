package org.portlore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What a dataset says of itself: its schema, its versions and dates, where it comes from, and what it counts.
 *
 * <p>JSON keys: {@code schemaVersion}, {@code dataVersion}, {@code registryDate}, {@code buildDate}, {@code source},
 * {@code counts}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDatasetMetadata.class)
@JsonDeserialize(as = ImmutableDatasetMetadata.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"schemaVersion", "dataVersion", "registryDate", "buildDate", "source", "counts"})
public interface DatasetMetadata {
  /** The schema version this build of portlore reads and writes. */
  int CURRENT_SCHEMA = 1;

  /**
   * The version of the data format.
   *
   * @return the schema version
   */
  int schemaVersion();

  /**
   * The version of the data, such as {@code 2026.08.17}.
   *
   * @return the data version
   */
  String dataVersion();

  /**
   * The date of IANA's registry the data was imported from, {@code YYYY-MM-DD}.
   *
   * @return the registry date
   */
  String registryDate();

  /**
   * When the data was built, {@code YYYY-MM-DD}: the newest date of its inputs, so that the same input gives the
   * same output.
   *
   * @return the build date
   */
  String buildDate();

  /**
   * Where the data comes from, with attribution.
   *
   * @return the source description
   */
  String source();

  /**
   * Counts by name, such as {@code records}, {@code assignments.tcp}, {@code unofficialUses}.
   *
   * @return the counts, in a stable order
   */
  Map<String, Integer> counts();
}
