package org.portlore;

import java.util.List;
import org.portlore.internal.Checks;

/**
 * What every curated fact has: its port, its sources and its origin. Implementations are immutable and
 * thread-safe.
 */
public interface Curated {
  /** The origin of portlore's own curated data. */
  String PORTLORE = "portlore";

  /**
   * The port the fact is about.
   *
   * @return the port, 0–65535
   */
  int port();

  /**
   * Where a reader can check the fact; never empty.
   *
   * @return the sources
   */
  List<Source> sources();

  /**
   * Where the fact entered portlore: {@code "portlore"} for the bundled data, or the name of an overlay.
   *
   * @return the origin
   */
  @org.immutables.value.Value.Default
  default String origin() {
    return PORTLORE;
  }

  /**
   * Checks the invariants shared by every curated fact.
   *
   * @param fact the fact
   * @param what how to name the fact in a message
   * @throws IllegalArgumentException if the port is invalid or there is no source
   */
  static void checkCommon(Curated fact, String what) {
    Checks.port(fact.port());
    if (fact.sources().isEmpty()) {
      throw new IllegalArgumentException(
          "curated fact '" + Checks.shorten(what) + "' on port " + fact.port() + " has no source (expected at least one)");
    }
  }
}
