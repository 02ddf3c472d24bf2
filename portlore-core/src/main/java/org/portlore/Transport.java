package org.portlore;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.portlore.internal.Checks;

/**
 * A transport protocol that IANA assigns port numbers on.
 *
 * <p>Its JSON form is the lower-case token ({@code "tcp"}). Immutable and thread-safe.
 */
public enum Transport {
  /** Transmission Control Protocol (RFC 9293). */
  TCP,
  /** User Datagram Protocol (RFC 768). */
  UDP,
  /** Stream Control Transmission Protocol (RFC 9260). */
  SCTP,
  /** Datagram Congestion Control Protocol (RFC 4340). */
  DCCP;

  private final String token = name().toLowerCase(Locale.ROOT);

  /**
   * The lower-case token IANA and most tools write, such as {@code "tcp"}.
   *
   * @return the token
   */
  @JsonValue
  public String token() {
    return token;
  }

  /**
   * Parses a transport name, ignoring case and surrounding white space.
   *
   * @param text a transport name such as {@code "tcp"} or {@code "UDP"}
   * @return the transport
   * @throws IllegalArgumentException if {@code text} is null or names no transport
   */
  @JsonCreator
  public static Transport parse(String text) {
    if (text != null) {
      String t = text.strip();
      for (Transport transport : values()) {
        if (transport.token.equalsIgnoreCase(t)) {
          return transport;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown transport: '" + Checks.shorten(text) + "' (expected one of tcp, udp, sctp, dccp)");
  }
}
