package org.portlore.benchmarks;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.portlore.Assignment;
import org.portlore.PortDatabase;
import org.portlore.PortEnricher;
import org.portlore.PortInfo;
import org.portlore.PortRegistry;
import org.portlore.Transport;

/**
 * Lookups on the bundled registry with random valid ports, against a plain {@code HashMap<Integer, ...>} baseline.
 * Run with {@code -prof gc} to see the allocation per call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LookupBenchmark {
  private static final int MASK = 4095;
  private static final Transport[] TRANSPORTS = Transport.values();
  private static final String[] SERVICES = {"ssh", "http", "dlsrap", "x11", "syslog", "ncube-lm", "domain", "https"};

  private PortDatabase db;
  private PortEnricher enricher;
  private Map<Integer, PortInfo> hashMap;
  private final int[] ports = new int[MASK + 1];
  private final Integer[] boxedPorts = new Integer[MASK + 1];
  private int i;

  @Setup(Level.Trial)
  public void setUp() {
    db = PortRegistry.bundled();
    enricher = PortEnricher.of(db);
    SplittableRandom random = new SplittableRandom(1973);
    for (int k = 0; k <= MASK; k++) {
      ports[k] = random.nextInt(65536);
      boxedPorts[k] = ports[k];
    }
    hashMap = new HashMap<>();
    for (int p = 0; p <= 65535; p++) {
      hashMap.put(p, db.lookup(p));
      for (Transport t : TRANSPORTS) {
        db.lookup(p, t);
        enricher.enrich(p, t);
      }
    }
  }

  /** {@code PortRegistry.lookup(int)}-equivalent on the bundled registry. */
  @Benchmark
  public PortInfo byPort() {
    return db.lookup(ports[i++ & MASK]);
  }

  /** A lookup restricted to one transport. */
  @Benchmark
  public PortInfo byPortAndTransport() {
    int k = i++ & MASK;
    return db.lookup(ports[k], TRANSPORTS[k & 3]);
  }

  /** Every record of a service name. */
  @Benchmark
  public java.util.List<Assignment> byService() {
    return db.byService(SERVICES[i++ & 7]);
  }

  /** Baseline: the same answers kept in a {@code HashMap<Integer, PortInfo>}, looked up with a boxed key. */
  @Benchmark
  public PortInfo hashMapBaseline() {
    return hashMap.get(boxedPorts[i++ & MASK]);
  }

  /** Log-enrichment fields of a port and transport, as a pipeline asks per event. */
  @Benchmark
  public Map<String, Object> enrich() {
    int k = i++ & MASK;
    return enricher.enrich(ports[k], TRANSPORTS[k & 3]);
  }

  /** JSON of a port's answer as a pipeline writes it per event: written once per port and kept. */
  @Benchmark
  public String json() {
    return db.lookup(ports[i++ & MASK]).toJson();
  }

  /** Through the static entry point, as most users call it. */
  @Benchmark
  public PortInfo staticLookup() {
    return PortRegistry.lookup(ports[i++ & MASK]);
  }
}
