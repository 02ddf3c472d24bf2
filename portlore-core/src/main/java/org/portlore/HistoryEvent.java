package org.portlore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An event in the history of a port or its protocols: a defining or obsoleting RFC, a de-assignment, a rename, a
 * company absorbed.
 *
 * <p>JSON keys: {@code port}, {@code date} ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, as precise as
 * known), {@code service}, {@code event}, {@code sources}, {@code origin}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHistoryEvent.class)
@JsonDeserialize(as = ImmutableHistoryEvent.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"port", "date", "service", "event", "sources", "origin"})
public interface HistoryEvent extends Curated {
  /**
   * When it happened, as precise as known.
   *
   * @return {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
   */
  String date();

  /**
   * The IANA service the event concerns.
   *
   * @return the service name, or empty
   */
  Optional<String> service();

  /**
   * What happened, in portlore's words.
   *
   * @return the event
   */
  String event();

  /**
   * Checks the invariants when a value is built; not for callers.
   *
   * @throws IllegalArgumentException naming the value and what was wrong
   */
  @Value.Check
  default void checkEvent() {
    Curated.checkCommon(this, event());
    PartialDates.check(date(), "history event on port " + port());
  }
}
