package org.portlore.benchmarks;

import org.portlore.PortInfo;
import org.portlore.PortRegistry;

/**
 * Measures what a fresh JVM pays for its first {@code PortRegistry.lookup}: class loading and data load included,
 * and the heap the loaded registry retains, after that lookup and after every port was answered once (answers are
 * kept per port). Run: {@code java -cp portlore-benchmarks/target/benchmarks.jar
 * org.portlore.benchmarks.FirstLookup}.
 */
public final class FirstLookup {
  private FirstLookup() {}

  /**
   * Prints the time of the first lookup and the heap retained after it.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    long start = System.nanoTime();
    PortInfo info = PortRegistry.lookup(1973);
    long took = System.nanoTime() - start;
    for (int i = 0; i < 5; i++) {
      System.gc();
    }
    long after = rt.totalMemory() - rt.freeMemory();
    System.out.printf("first lookup: %.1f ms (port %d, %d assignments)%n", took / 1e6, info.port(), info.assignments().size());
    System.out.printf("heap retained by the bundled registry: %.1f MB%n", (after - before) / 1048576.0);
    long known = 0;
    for (int p = 0; p <= 65535; p++) {
      known += PortRegistry.lookup(p).isKnown() ? 1 : 0;
    }
    for (int i = 0; i < 5; i++) {
      System.gc();
    }
    long all = rt.totalMemory() - rt.freeMemory();
    System.out.printf("heap retained after every port was answered once (%d known): %.1f MB%n", known,
        (all - before) / 1048576.0);
  }
}
