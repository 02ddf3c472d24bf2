package org.portlore.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.portlore.Conflict;
import org.portlore.PortDatabase;
import org.portlore.PortInfo;
import org.portlore.PortJson;
import org.portlore.PortRegistry;
import org.portlore.SearchHit;
import org.portlore.data.BundledDataProvider;
import org.portlore.spi.PortDataset;

/**
 * Everything but the hot lookup: JSON of a PortInfo, search, conflict scans, loading the bundled data, and the
 * baseline of parsing an /etc/services-style file.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WorkloadBenchmark {
  private PortDatabase db;
  private ObjectMapper mapper;
  private PortInfo port1973;
  private PortInfo port80;
  private String etcServices;
  private PortDataset dataset;

  @Setup(Level.Trial)
  public void setUp() {
    db = PortRegistry.bundled();
    mapper = new ObjectMapper().registerModule(new Jdk8Module());
    port1973 = db.lookup(1973);
    port80 = db.lookup(80);
    dataset = new BundledDataProvider().load();
    StringBuilder b = new StringBuilder("# services(5)-style file made from the bundled data\n");
    dataset.assignments().forEach(a -> {
      if (a.service().isPresent() && a.transport().isPresent() && a.ports().isPresent()) {
        b.append(a.service().get()).append('\t').append(a.ports().get().first()).append('/')
            .append(a.transport().get().token()).append("\t# ").append(a.description().replace('\n', ' ')).append('\n');
      }
    });
    etcServices = b.toString();
  }

  /** JSON of a port with lore (1973), written afresh by portlore's JSON writer. */
  @Benchmark
  public String jsonOf1973() {
    return PortJson.toJson(port1973);
  }

  /** JSON of a port with three official names (80, 10 kB of JSON), written afresh. */
  @Benchmark
  public String jsonOf80() {
    return PortJson.toJson(port80);
  }

  /** JSON of 1973 as a caller gets it from the answer: written once per port and kept. */
  @Benchmark
  public String jsonOf1973Kept() {
    return db.lookup(1973).toJson();
  }

  /** Baseline: Jackson's serialization of the same answer (the same text). */
  @Benchmark
  public String jsonOf1973Jackson() throws IOException {
    return mapper.writeValueAsString(port1973);
  }

  /** Full-text search over names, descriptions and lore. */
  @Benchmark
  public List<SearchHit> search() {
    return db.search("remote access");
  }

  /** Filtering every conflict by type. */
  @Benchmark
  public List<Conflict> conflictScan() {
    return db.conflicts(Conflict.Type.MALWARE_SQUAT);
  }

  /** Opening the bundled registry from its compact resource: what the first lookup pays, in a warm JVM. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public PortDatabase loadRegistry() {
    return PortDatabase.of(new BundledDataProvider());
  }

  /** Opening the bundled registry and answering one port (decoding its records and deriving its conflicts). */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public PortInfo loadRegistryAndLookup() {
    return PortDatabase.of(new BundledDataProvider()).lookup(1973);
  }

  /** Parsing the whole bundled dataset from its JSON resource (what a registry built from JSON would pay). */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public PortDataset loadDataset() {
    return new BundledDataProvider().load();
  }

  /** Compiling a dataset already in memory into a registry (what PortDatabase.of(dataset) and overlays pay). */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public PortDatabase indexOnly() {
    return PortDatabase.of(dataset);
  }

  /** Baseline: parsing an /etc/services-style file of the same registry into a HashMap. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Map<String, String> etcServicesParse() throws IOException {
    Map<String, String> out = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new StringReader(etcServices))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        String[] f = line.split("\\s+", 3);
        out.put(f[1], f[0]);
      }
    }
    return out;
  }

}
