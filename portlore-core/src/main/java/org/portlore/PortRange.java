package org.portlore;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import org.portlore.internal.Checks;

/**
 * The three ranges of the port space defined by RFC 6335, section 6.
 *
 * <p>Each range also has a common name: System ports are the "well-known" ports, User ports the "registered" ports
 * and Dynamic ports the "ephemeral" or "private" ports; {@link #parse(String)} accepts all of them. The JSON form is
 * the lower-case name ({@code "system"}). Immutable and thread-safe.
 */
public enum PortRange {
  /** System (well-known) ports, 0–1023: assigned through IETF Review or IESG Approval. */
  SYSTEM(0, 1023, "well-known"),
  /** User (registered) ports, 1024–49151: assigned by IANA on request. */
  USER(1024, 49151, "registered"),
  /** Dynamic (ephemeral, private) ports, 49152–65535: never assigned. */
  DYNAMIC(49152, 65535, "ephemeral", "private");

  private final int first;
  private final int last;
  private final List<String> commonNames;

  PortRange(int first, int last, String... commonNames) {
    this.first = first;
    this.last = last;
    this.commonNames = List.of(commonNames);
  }

  /**
   * The first port of the range.
   *
   * @return the first port
   */
  public int first() {
    return first;
  }

  /**
   * The last port of the range.
   *
   * @return the last port, inclusive
   */
  public int last() {
    return last;
  }

  /**
   * The common names of the range, such as {@code "well-known"} for {@link #SYSTEM}.
   *
   * @return the common names, never empty
   */
  public List<String> commonNames() {
    return commonNames;
  }

  /**
   * Tells whether a port lies in this range.
   *
   * @param port a port number
   * @return true if {@code first() <= port <= last()}
   */
  public boolean contains(int port) {
    return port >= first && port <= last;
  }

  /** The token, computed once: JSON and log fields read it per event. */
  private final String token = name().toLowerCase(Locale.ROOT);

  /**
   * The JSON and display name, such as {@code "system"}.
   *
   * @return the lower-case name
   */
  @JsonValue
  public String token() {
    return token;
  }

  /**
   * The range that holds a port.
   *
   * @param port a port number, 0–65535
   * @return its range
   * @throws IllegalArgumentException if the port is outside 0–65535
   */
  public static PortRange of(int port) {
    Checks.port(port);
    if (port <= SYSTEM.last) {
      return SYSTEM;
    }
    return port <= USER.last ? USER : DYNAMIC;
  }

  /**
   * Parses a range name: {@code system}, {@code user}, {@code dynamic} or a common name ({@code well-known},
   * {@code registered}, {@code ephemeral}, {@code private}), ignoring case, spaces and underscores.
   *
   * @param text the name
   * @return the range
   * @throws IllegalArgumentException if {@code text} names no range
   */
  @JsonCreator
  public static PortRange parse(String text) {
    if (text != null) {
      String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
      for (PortRange range : values()) {
        if (range.token().equals(t) || range.commonNames.contains(t)) {
          return range;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown port range: '"
            + Checks.shorten(text)
            + "' (expected system, user, dynamic, well-known, registered, ephemeral or private)");
  }
}
