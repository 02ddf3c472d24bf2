package org.portlore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.portlore.internal.Checks;

/**
 * The span of ports an operating system picks local (ephemeral) ports from by default.
 *
 * <p>JSON keys: {@code system}, {@code first}, {@code last}, {@code note}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEphemeralRange.class)
@JsonDeserialize(as = ImmutableEphemeralRange.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"system", "first", "last", "note"})
public abstract class EphemeralRange {
  private static final Path LINUX_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

  private static final List<EphemeralRange> DEFAULTS =
      List.of(
          of("linux", 32768, 60999, "Linux default net.ipv4.ip_local_port_range"),
          of("windows", 49152, 65535, "Windows Vista, Server 2008 and later"),
          of("windows-xp", 1025, 5000, "Windows XP and Server 2003"),
          of("macos", 49152, 65535, "macOS net.inet.ip.portrange.first/last"),
          of("freebsd", 10000, 65535, "FreeBSD net.inet.ip.portrange.first/last"),
          of("iana", 49152, 65535, "IANA's Dynamic range, RFC 6335"));

  /**
   * The system, such as {@code linux}, {@code windows}, {@code windows-xp}, {@code macos}, {@code freebsd},
   * {@code iana} or {@code local}.
   *
   * @return the system's short name
   */
  public abstract String system();

  /**
   * The first ephemeral port.
   *
   * @return the first port
   */
  public abstract int first();

  /**
   * The last ephemeral port, inclusive.
   *
   * @return the last port
   */
  public abstract int last();

  /**
   * Which versions or settings the range belongs to.
   *
   * @return the note
   */
  public abstract String note();

  /**
   * Tells whether the range holds a port.
   *
   * @param port a port number
   * @return true if {@code first() <= port <= last()}
   */
  public boolean contains(int port) {
    return port >= first() && port <= last();
  }

  @Value.Check
  void check() {
    Checks.port(first());
    Checks.port(last());
    if (last() < first()) {
      throw new IllegalArgumentException("reversed ephemeral range for " + system() + ": " + first() + "-" + last());
    }
  }

  /**
   * An ephemeral range.
   *
   * @param system the system's short name
   * @param first the first port
   * @param last the last port
   * @param note which versions or settings it belongs to
   * @return the range
   * @throws IllegalArgumentException if a port is outside 0–65535 or the range is reversed
   */
  public static EphemeralRange of(String system, int first, int last, String note) {
    return ImmutableEphemeralRange.builder().system(system).first(first).last(last).note(note).build();
  }

  /**
   * The default ranges of Linux, Windows (Vista and later), Windows XP and Server 2003, macOS, FreeBSD, and IANA's
   * Dynamic range.
   *
   * @return the defaults, in that order
   */
  public static List<EphemeralRange> defaults() {
    return DEFAULTS;
  }

  /**
   * This machine's range, read from {@code /proc/sys/net/ipv4/ip_local_port_range} on Linux.
   *
   * @return the range as {@code system = "local"}, or empty where the file is missing or unreadable
   */
  public static Optional<EphemeralRange> local() {
    return readLinux(LINUX_RANGE);
  }

  static Optional<EphemeralRange> readLinux(Path file) {
    try {
      if (!Files.isReadable(file) || Files.size(file) > 256) {
        return Optional.empty();
      }
      String[] parts = Files.readString(file, StandardCharsets.US_ASCII).strip().split("\\s+");
      if (parts.length != 2) {
        return Optional.empty();
      }
      return Optional.of(
          of("local", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), "this machine: " + file));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
