package org.portlore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Malware, or an offensive tool's default, documented on a port, such as the KGB-RAT backdoor on TCP 1973.
 *
 * <p>JSON keys: {@code port}, {@code name}, {@code aliases}, {@code type}, {@code transports}, {@code firstSeen},
 * {@code lastSeen}, {@code description}, {@code sources}, {@code origin}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableThreat.class)
@JsonDeserialize(as = ImmutableThreat.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
  "port", "name", "aliases", "type", "transports", "firstSeen", "lastSeen", "description", "sources", "origin"
})
public interface Threat extends Curated {
  /**
   * The common name, such as {@code "KGB-RAT"}.
   *
   * @return the name
   */
  String name();

  /**
   * Other names, such as vendors' detection names ({@code Backdoor.Win32.Small.bu}).
   *
   * @return the aliases, possibly empty
   */
  List<String> aliases();

  /**
   * The kind: trojan, backdoor, rat, worm, botnet, virus, ransomware, miner, c2-framework, exploit-tool, scanner or
   * other.
   *
   * @return the kind
   */
  String type();

  /**
   * The transports it uses on the port; empty where the sources do not say.
   *
   * @return the transports
   */
  List<Transport> transports();

  /**
   * When it was first seen, as {@code YYYY} or {@code YYYY-MM}.
   *
   * @return the date, or empty when unknown
   */
  Optional<String> firstSeen();

  /**
   * When it was last seen active, as {@code YYYY} or {@code YYYY-MM}.
   *
   * @return the date, or empty when unknown or still active
   */
  Optional<String> lastSeen();

  /**
   * A short description in portlore's words.
   *
   * @return the description
   */
  String description();

  /**
   * Checks the invariants when a value is built; not for callers.
   *
   * @throws IllegalArgumentException naming the value and what was wrong
   */
  @Value.Check
  default void checkThreat() {
    Curated.checkCommon(this, name());
    if (firstSeen().isPresent()) {
      PartialDates.check(firstSeen().get(), "firstSeen of " + name());
    }
    if (lastSeen().isPresent()) {
      PartialDates.check(lastSeen().get(), "lastSeen of " + name());
    }
  }
}
