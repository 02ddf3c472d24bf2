package org.portlore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One match of a full-text search: an assignment, unofficial use, threat or history event.
 *
 * <p>JSON keys: {@code port} (absent for service names without a port), {@code kind} ({@code assignment},
 * {@code unofficial-use}, {@code threat}, {@code history}), {@code name}, {@code text}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSearchHit.class)
@JsonDeserialize(as = ImmutableSearchHit.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"port", "kind", "name", "text"})
public interface SearchHit {
  /**
   * The port of the match.
   *
   * @return the port (the first of a span), or empty for a service name without a port
   */
  Optional<Integer> port();

  /**
   * What matched: {@code assignment}, {@code unofficial-use}, {@code threat} or {@code history}.
   *
   * @return the kind
   */
  String kind();

  /**
   * The service, software, threat name or event date.
   *
   * @return the name
   */
  String name();

  /**
   * The matching description or event.
   *
   * @return the text
   */
  String text();
}
