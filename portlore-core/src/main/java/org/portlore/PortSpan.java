package org.portlore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.portlore.internal.Checks;

/**
 * An inclusive span of port numbers, such as {@code 6000-6063}; a single port is a span of one.
 *
 * <p>JSON: {@code {"first": 6000, "last": 6063}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePortSpan.class)
@JsonDeserialize(as = ImmutablePortSpan.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"first", "last"})
public abstract class PortSpan {

  /**
   * The first port.
   *
   * @return the first port, 0–65535
   */
  @Value.Parameter
  public abstract int first();

  /**
   * The last port, inclusive.
   *
   * @return the last port, {@code first()}–65535
   */
  @Value.Parameter
  public abstract int last();

  /**
   * A span from {@code first} to {@code last}, inclusive.
   *
   * @param first the first port
   * @param last the last port
   * @return the span
   * @throws IllegalArgumentException if a port is outside 0–65535 or {@code last < first}
   */
  public static PortSpan of(int first, int last) {
    return ImmutablePortSpan.of(first, last);
  }

  /**
   * A span of one port.
   *
   * @param port the port
   * @return the span
   * @throws IllegalArgumentException if the port is outside 0–65535
   */
  public static PortSpan of(int port) {
    return ImmutablePortSpan.of(port, port);
  }

  /**
   * Tells whether the span holds a port.
   *
   * @param port a port number
   * @return true if {@code first() <= port <= last()}
   */
  public boolean contains(int port) {
    return port >= first() && port <= last();
  }

  /**
   * The number of ports in the span.
   *
   * @return {@code last() - first() + 1}
   */
  public int size() {
    return last() - first() + 1;
  }

  @Value.Check
  void check() {
    Checks.port(first());
    Checks.port(last());
    if (last() < first()) {
      throw new IllegalArgumentException(
          "reversed port range: " + first() + "-" + last() + " (expected the first port not above the last)");
    }
  }

  /** The span as people write it: {@code "6000-6063"}, or {@code "22"} for one port. */
  @Override
  public String toString() {
    return first() == last() ? Integer.toString(first()) : first() + "-" + last();
  }
}
