package org.portlore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * What to make of a service that a protocol detector saw on a port: the official service, a known unofficial use,
 * a known threat, or something unexpected, with the facts behind the verdict.
 *
 * <p>JSON keys: {@code port}, {@code transport}, {@code observed}, {@code kind}, {@code explanation},
 * {@code assignments}, {@code unofficialUses}, {@code threats}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVerdict.class)
@JsonDeserialize(as = ImmutableVerdict.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({
  "port", "transport", "observed", "kind", "explanation", "assignments", "unofficialUses", "threats"
})
public interface Verdict {

  /** The verdict. JSON: the lower-case name. */
  enum Kind {
    /** The observed service is the one IANA assigns here. */
    EXPECTED,
    /** The observed service is a documented unofficial use of the port. */
    UNOFFICIAL,
    /** The observed service matches malware or an offensive tool documented on the port. */
    THREAT,
    /** Nothing known about the port matches the observed service. */
    UNEXPECTED;

    /** The token, computed once: JSON and log fields read it per event. */
    private final String token = name().toLowerCase(Locale.ROOT);

    /**
     * The JSON form.
     *
     * @return the lower-case name
     */
    @com.fasterxml.jackson.annotation.JsonValue
    public String token() {
      return token;
    }

    /**
     * Parses the JSON form, ignoring case.
     *
     * @param text the name
     * @return the kind
     * @throws IllegalArgumentException if {@code text} names no kind
     */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static Kind parse(String text) {
      for (Kind k : values()) {
        if (k.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
          return k;
        }
      }
      throw new IllegalArgumentException(
          "unknown verdict: '"
              + org.portlore.internal.Checks.shorten(text)
              + "' (expected expected, unofficial, threat or unexpected)");
    }
  }

  /**
   * The port.
   *
   * @return the port
   */
  int port();

  /**
   * The transport the service was seen on.
   *
   * @return the transport
   */
  Transport transport();

  /**
   * The service or product as the detector named it.
   *
   * @return the observed name
   */
  String observed();

  /**
   * The verdict.
   *
   * @return the kind
   */
  Kind kind();

  /**
   * Why, in one sentence.
   *
   * @return the explanation
   */
  String explanation();

  /**
   * The official assignments that match the observed service (for {@link Kind#EXPECTED}).
   *
   * @return the matching assignments
   */
  List<Assignment> assignments();

  /**
   * The unofficial uses that match.
   *
   * @return the matching uses
   */
  List<UnofficialUse> unofficialUses();

  /**
   * The threats that match.
   *
   * @return the matching threats
   */
  List<Threat> threats();
}
