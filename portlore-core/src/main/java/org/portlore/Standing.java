package org.portlore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * Whether an official service on a port is still alive, so a sensor can tell when nothing legitimate is expected.
 *
 * <p>JSON keys: {@code port}, {@code service}, {@code status}, {@code note}, {@code sources}, {@code origin}.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStanding.class)
@JsonDeserialize(as = ImmutableStanding.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"port", "service", "status", "note", "sources", "origin"})
public interface Standing extends Curated {

  /** How alive a service is. JSON: {@code in-use}, {@code legacy}, {@code extinct}. */
  enum Status {
    /** In current use. */
    IN_USE,
    /** Still seen, but deprecated or declining. */
    LEGACY,
    /** No living implementation is expected: traffic here is something else. */
    EXTINCT;

    /** The token, computed once: JSON and log fields read it per event. */
    private final String token = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /**
     * The JSON form.
     *
     * @return {@code in-use}, {@code legacy} or {@code extinct}
     */
    @com.fasterxml.jackson.annotation.JsonValue
    public String token() {
      return token;
    }

    /**
     * Parses the JSON form, ignoring case; {@code in_use} and {@code inuse} are accepted too.
     *
     * @param text the name
     * @return the status
     * @throws IllegalArgumentException if {@code text} names no status
     */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static Status parse(String text) {
      String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace("_", "-");
      for (Status s : values()) {
        if (s.token().equals(t) || s.token().replace("-", "").equals(t)) {
          return s;
        }
      }
      throw new IllegalArgumentException(
          "unknown standing: '"
              + org.portlore.internal.Checks.shorten(text)
              + "' (expected in-use, legacy or extinct)");
    }
  }

  /**
   * The IANA service name.
   *
   * @return the service
   */
  String service();

  /**
   * How alive the service is.
   *
   * @return the status
   */
  Status status();

  /**
   * Why, in portlore's words.
   *
   * @return the note
   */
  String note();

  /**
   * Checks the invariants when a value is built; not for callers.
   *
   * @throws IllegalArgumentException naming the value and what was wrong
   */
  @Value.Check
  default void checkStanding() {
    Curated.checkCommon(this, service());
  }
}
