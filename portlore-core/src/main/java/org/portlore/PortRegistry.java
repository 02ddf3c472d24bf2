package org.portlore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import org.portlore.internal.Datasets;
import org.portlore.spi.PortDataProvider;
import org.portlore.spi.PortDataset;

/**
 * The entry point: everything known about a port, from the bundled data.
 *
 * <pre>{@code
 * PortInfo info = PortRegistry.lookup(1973);
 * info.range();          // USER
 * info.assignments();    // dlsrap on tcp and udp
 * info.threats();        // KGB-RAT, W32.Sonic.Worm
 * }</pre>
 *
 * <p>The bundled data ({@code org.portlore:portlore-data}) is found through {@link PortDataProvider} with
 * {@link ServiceLoader} and opened lazily, exactly once, on the first call; every later call reads the opened
 * registry. Opening reads the data's compact form and checks it, but decodes no record: a port's records are decoded
 * the first time the port is asked for, and its answer is kept. If opening fails, the call throws {@link PortDataException} and the next call tries again. For data of
 * your own use {@link PortDatabase#builder()}. Thread-safe.
 */
public final class PortRegistry {
  private static final Object LOCK = new Object();
  private static volatile PortDatabase bundled;

  private PortRegistry() {}

  /**
   * The registry over the bundled data, loaded on first use.
   *
   * @return the registry, the same instance on every call
   * @throws PortDataException if no bundled data is on the class or module path, or it is broken
   */
  public static PortDatabase bundled() {
    PortDatabase db = bundled;
    if (db == null) {
      synchronized (LOCK) {
        db = bundled;
        if (db == null) {
          db = loadBundled();
          bundled = db;
        }
      }
    }
    return db;
  }

  private static PortDatabase loadBundled() {
    List<PortDataProvider> providers = new ArrayList<>();
    for (PortDataProvider p : ServiceLoader.load(PortDataProvider.class, PortRegistry.class.getClassLoader())) {
      providers.add(p);
    }
    if (providers.isEmpty() && PortRegistry.class.getModule().isNamed()) {
      for (PortDataProvider p : ServiceLoader.load(PortRegistry.class.getModule().getLayer(), PortDataProvider.class)) {
        providers.add(p);
      }
    }
    if (providers.isEmpty()) {
      throw new PortDataException(
          "bundled data",
          "no portlore data found (add org.portlore:portlore-data to the class path or module path,"
              + " or build a registry of your own with PortDatabase.builder())");
    }
    if (providers.size() == 1) {
      // The usual case: one provider, opened from its compact form if it has one.
      return PortDatabase.of(providers.get(0));
    }
    providers.sort(Comparator.comparing(PortDataProvider::name));
    List<PortDataset> layers = new ArrayList<>();
    for (PortDataProvider p : providers) {
      layers.add(p.load());
    }
    return PortDatabase.of(Datasets.merge(layers));
  }

  /**
   * Everything known about a port, from the bundled data.
   *
   * @param port 0–65535
   * @return the answer, never null: an unassigned port has empty lists and still its range
   * @throws IllegalArgumentException if the port is outside 0–65535
   * @throws PortDataException if the bundled data cannot be loaded
   */
  public static PortInfo lookup(int port) {
    return bundled().lookup(port);
  }

  /**
   * What is known about a port on one transport, from the bundled data.
   *
   * @param port 0–65535
   * @param transport the transport
   * @return the answer, never null
   * @throws IllegalArgumentException if the port is outside 0–65535
   * @throws NullPointerException if {@code transport} is null
   * @throws PortDataException if the bundled data cannot be loaded
   */
  public static PortInfo lookup(int port, Transport transport) {
    return bundled().lookup(port, transport);
  }

  /**
   * Every IANA record of a service name, from the bundled data: {@code ssh} gives 22 on TCP, UDP and SCTP.
   *
   * @param name a service name, any case
   * @return the records, or an empty list for an unknown name
   * @throws NullPointerException if {@code name} is null
   * @throws PortDataException if the bundled data cannot be loaded
   */
  public static List<Assignment> byService(String name) {
    return bundled().byService(name);
  }

  /**
   * Answers a port expression ({@code 22,80,443}, {@code tcp/1973}, {@code 6000-6010}, {@code ssh}) from the
   * bundled data.
   *
   * @param expression the expression
   * @return one answer per port, in the order written
   * @throws IllegalArgumentException if the expression cannot be parsed or names an unknown service
   * @throws PortDataException if the bundled data cannot be loaded
   */
  public static List<PortInfo> query(String expression) {
    return bundled().query(expression);
  }

  /**
   * Full-text search over names, descriptions and lore of the bundled data.
   *
   * @param text the words
   * @return the hits, exact name matches first
   * @throws IllegalArgumentException if {@code text} is blank or longer than 200 characters
   * @throws PortDataException if the bundled data cannot be loaded
   */
  public static List<SearchHit> search(String text) {
    return bundled().search(text);
  }

  /**
   * Every conflict in the bundled data.
   *
   * @return the conflicts, by port
   * @throws PortDataException if the bundled data cannot be loaded
   */
  public static List<Conflict> conflicts() {
    return bundled().conflicts();
  }

  /**
   * The conflicts of one type in the bundled data.
   *
   * @param type the type
   * @return those conflicts, by port
   * @throws NullPointerException if {@code type} is null
   * @throws PortDataException if the bundled data cannot be loaded
   */
  public static List<Conflict> conflicts(Conflict.Type type) {
    return bundled().conflicts(type);
  }

  /**
   * The ports of a range that the bundled data knows anything of.
   *
   * @param range the range
   * @return their answers, by port
   * @throws NullPointerException if {@code range} is null
   * @throws PortDataException if the bundled data cannot be loaded
   */
  public static List<PortInfo> known(PortRange range) {
    return bundled().known(range);
  }

  /**
   * Judges a service a protocol detector saw on a port, against the bundled data.
   *
   * @param port the port
   * @param transport the transport
   * @param observed the service or product the detector named
   * @return the verdict
   * @throws IllegalArgumentException if the port is outside 0–65535 or {@code observed} is blank
   * @throws NullPointerException if {@code transport} is null
   * @throws PortDataException if the bundled data cannot be loaded
   */
  public static Verdict verdict(int port, Transport transport, String observed) {
    return bundled().verdict(port, transport, observed);
  }

  /**
   * The metadata of the bundled data.
   *
   * @return the metadata
   * @throws PortDataException if the bundled data cannot be loaded
   */
  public static DatasetMetadata metadata() {
    return bundled().metadata();
  }
}
