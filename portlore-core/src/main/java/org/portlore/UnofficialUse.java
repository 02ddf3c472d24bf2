package org.portlore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Software or a protocol documented on a port outside of its IANA assignment, such as the AppleTalk Session
 * Protocol on 373.
 *
 * <p>JSON keys: {@code port}, {@code name}, {@code transports}, {@code category}, {@code description},
 * {@code implements} (the IANA service it merely implements, when it does), {@code sources}, {@code origin}.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUnofficialUse.class)
@JsonDeserialize(as = ImmutableUnofficialUse.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"port", "name", "transports", "category", "description", "implements", "sources", "origin"})
public interface UnofficialUse extends Curated {
  /**
   * The software or protocol, such as {@code "Redis"}.
   *
   * @return the name
   */
  String name();

  /**
   * The transports it uses; empty where the sources do not say.
   *
   * @return the transports
   */
  List<Transport> transports();

  /**
   * A broad category, such as {@code database}, {@code game} or {@code legacy-protocol}.
   *
   * @return the category
   */
  String category();

  /**
   * A short description in portlore's words.
   *
   * @return the description
   */
  String description();

  /**
   * The IANA service this software implements on its assigned port (Apache Tomcat on 8080 implements
   * {@code http-alt}); such a use agrees with the registry and is no conflict.
   *
   * @return the IANA service name, or empty when the use is not the assigned service
   */
  @JsonProperty("implements")
  Optional<String> implementsService();

  /**
   * Checks the invariants when a value is built; not for callers.
   *
   * @throws IllegalArgumentException naming the value and what was wrong
   */
  @Value.Check
  default void checkUse() {
    Curated.checkCommon(this, name());
  }
}
