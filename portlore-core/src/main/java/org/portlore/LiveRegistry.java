package org.portlore;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A registry that can be swapped for fresh data (a new IANA file, a new overlay) while other threads look ports up.
 *
 * <p>Every call reads one immutable {@link PortDatabase}: a lookup sees the old data or the new, never half of
 * each. A reload builds the new registry completely before it swaps; if building fails, the old registry stays in
 * use and the failure is thrown and remembered ({@link #lastFailure()}). Thread-safe; reloads are serialized.
 *
 * <pre>{@code
 * LiveRegistry live = LiveRegistry.of(PortRegistry.bundled());
 * live.reload(() -> PortDatabase.builder().bundled().overlay(Path.of("site.json")).build());
 * live.lookup(1973);
 * }</pre>
 */
public final class LiveRegistry {
  private final AtomicReference<PortDatabase> current;
  private final Object reloadLock = new Object();
  private volatile String lastFailure;
  private volatile long generation;

  private LiveRegistry(PortDatabase initial) {
    this.current = new AtomicReference<>(initial);
  }

  /**
   * A live registry that starts with the given data.
   *
   * @param initial the first registry
   * @return the live registry
   * @throws NullPointerException if {@code initial} is null
   */
  public static LiveRegistry of(PortDatabase initial) {
    return new LiveRegistry(Objects.requireNonNull(initial, "initial"));
  }

  /**
   * The registry in use now; hold on to it to answer several questions from the same data.
   *
   * @return the current registry
   */
  public PortDatabase current() {
    return current.get();
  }

  /**
   * Everything known about a port, from the current data.
   *
   * @param port 0–65535
   * @return the answer
   * @throws IllegalArgumentException if the port is outside 0–65535
   */
  public PortInfo lookup(int port) {
    return current.get().lookup(port);
  }

  /**
   * What is known about a port on one transport, from the current data.
   *
   * @param port 0–65535
   * @param transport the transport
   * @return the answer
   * @throws IllegalArgumentException if the port is outside 0–65535
   * @throws NullPointerException if {@code transport} is null
   */
  public PortInfo lookup(int port, Transport transport) {
    return current.get().lookup(port, transport);
  }

  /**
   * Builds fresh data and swaps it in atomically. On failure the old data stays in use.
   *
   * @param loader builds the new registry, such as {@code () -> PortDatabase.builder()...build()}
   * @return the new registry, now current
   * @throws PortDataException if the loader fails on data (the old registry stays; {@link #lastFailure()} says why)
   * @throws RuntimeException whatever else the loader throws, with the old registry kept likewise
   */
  public PortDatabase reload(Supplier<PortDatabase> loader) {
    Objects.requireNonNull(loader, "loader");
    synchronized (reloadLock) {
      PortDatabase fresh;
      try {
        fresh = Objects.requireNonNull(loader.get(), "the loader returned null");
      } catch (RuntimeException e) {
        lastFailure = e.getMessage();
        throw e;
      }
      current.set(fresh);
      generation++;
      lastFailure = null;
      return fresh;
    }
  }

  /**
   * Why the last reload failed.
   *
   * @return the message, or empty if the last reload succeeded or none was tried
   */
  public Optional<String> lastFailure() {
    return Optional.ofNullable(lastFailure);
  }

  /**
   * How many reloads have succeeded.
   *
   * @return the count
   */
  public long generation() {
    return generation;
  }
}
