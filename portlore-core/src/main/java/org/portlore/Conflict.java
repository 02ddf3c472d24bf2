package org.portlore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * Facts about one port that disagree, derived by the registry from its data when it loads (never hand-listed).
 *
 * <p>JSON keys: {@code port}, {@code type}, {@code transports}, {@code description}, {@code facts} (each fact that
 * takes part, as a sentence), {@code sources}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConflict.class)
@JsonDeserialize(as = ImmutableConflict.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"port", "type", "transports", "description", "facts", "sources"})
public interface Conflict {

  /** The kinds of disagreement portlore detects. JSON: the lower-case name with hyphens. */
  enum Type {
    /** An official assignment and a documented unofficial use of the same port (373: legent-1 and AppleTalk). */
    UNOFFICIAL_USE,
    /** IANA itself reports unauthorized use of the port (1521: ncube-lm, in practice the Oracle listener). */
    UNAUTHORIZED_USE,
    /** A registered port that malware is known to use (1973: dlsrap and KGB-RAT). */
    MALWARE_SQUAT,
    /** Different services on TCP and on UDP (514: shell on TCP, syslog on UDP). */
    TRANSPORT_MISMATCH,
    /** Several distinct official services on one port and transport. */
    MULTIPLE_SERVICES;

    /** The token, computed once: JSON and log fields read it per event. */
    private final String token = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /**
     * The JSON form.
     *
     * @return for example {@code unofficial-use}
     */
    @com.fasterxml.jackson.annotation.JsonValue
    public String token() {
      return token;
    }

    /**
     * Parses a type name, ignoring case; hyphens and underscores are the same.
     *
     * @param text the name, such as {@code malware-squat}
     * @return the type
     * @throws IllegalArgumentException if {@code text} names no type
     */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static Type parse(String text) {
      String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
      for (Type type : values()) {
        if (type.token().equals(t)) {
          return type;
        }
      }
      throw new IllegalArgumentException(
          "unknown conflict type: '"
              + org.portlore.internal.Checks.shorten(text)
              + "' (expected unofficial-use, unauthorized-use, malware-squat, transport-mismatch or"
              + " multiple-services)");
    }
  }

  /**
   * The port.
   *
   * @return the port
   */
  int port();

  /**
   * The kind of disagreement.
   *
   * @return the type
   */
  Type type();

  /**
   * The transports the disagreement is on; empty where the facts do not say.
   *
   * @return the transports
   */
  List<Transport> transports();

  /**
   * What disagrees, in one sentence.
   *
   * @return the description
   */
  String description();

  /**
   * Each fact that takes part, such as {@code "IANA tcp/373: legent-1 (Legent Corporation)"}.
   *
   * @return the facts, at least two
   */
  List<String> facts();

  /**
   * The sources of the facts.
   *
   * @return the sources
   */
  List<Source> sources();
}
