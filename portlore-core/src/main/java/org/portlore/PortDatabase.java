package org.portlore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.portlore.internal.Checks;
import org.portlore.internal.CompactData;
import org.portlore.internal.Datasets;
import org.portlore.internal.RegistryIndex;
import org.portlore.spi.DataFormats;
import org.portlore.spi.PortDataProvider;
import org.portlore.spi.PortDataset;

/**
 * A loaded body of port knowledge and its queries: the bundled one ({@link PortRegistry#bundled()}) or one of your
 * own ({@link #builder()}).
 *
 * <p>Immutable and thread-safe: share one instance across threads. Building one from a dataset is expensive (it
 * compiles the data into portlore's compact form); reuse it. A port's records are decoded the first time the port is
 * asked for; after that its answer is cached and a lookup is an array read that allocates nothing.
 */
public final class PortDatabase {
  /** The most hits {@link #search(String)} returns. */
  public static final int SEARCH_LIMIT = 1000;

  /** The most answers one {@link #query(String)} gives: every port once. */
  public static final int QUERY_LIMIT = Checks.MAX_PORT + 1;

  private final RegistryIndex index;

  PortDatabase(RegistryIndex index) {
    this.index = index;
  }

  /**
   * A registry over one dataset.
   *
   * @param dataset the dataset
   * @return the registry
   */
  public static PortDatabase of(PortDataset dataset) {
    return new PortDatabase(RegistryIndex.of(Objects.requireNonNull(dataset, "dataset")));
  }

  /**
   * A registry over one provider's data: opened from its compact form when the provider has one (records are then
   * decoded port by port, when first asked for), loaded whole otherwise.
   *
   * @param provider the provider
   * @return the registry
   * @throws PortDataException if the provider's data is missing or broken
   */
  public static PortDatabase of(PortDataProvider provider) {
    Objects.requireNonNull(provider, "provider");
    Optional<byte[]> compact = provider.loadCompact();
    if (compact.isPresent()) {
      return new PortDatabase(RegistryIndex.of(CompactData.open(compact.get(), provider.name())));
    }
    return of(provider.load());
  }

  /**
   * A builder for a registry of your own: your own IANA file, the bundled data, overlays, or datasets from a
   * provider.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Everything known about a port.
   *
   * @param port 0–65535
   * @return the answer, never null: an unassigned port has empty lists and still its range
   * @throws IllegalArgumentException if the port is outside 0–65535
   */
  public PortInfo lookup(int port) {
    if (port < 0 || port > Checks.MAX_PORT) {
      Checks.port(port);
    }
    return index.info(port);
  }

  /**
   * What is known about a port on one transport: assignments of that transport (and those that name none), and
   * curated facts on that transport or that do not say.
   *
   * @param port 0–65535
   * @param transport the transport
   * @return the answer, never null
   * @throws IllegalArgumentException if the port is outside 0–65535
   * @throws NullPointerException if {@code transport} is null
   */
  public PortInfo lookup(int port, Transport transport) {
    Objects.requireNonNull(transport, "transport");
    if (port < 0 || port > Checks.MAX_PORT) {
      Checks.port(port);
    }
    return index.info(port, transport);
  }

  /**
   * Every IANA record of a service name on every port and transport, ignoring case: {@code ssh} gives 22 on TCP,
   * UDP and SCTP.
   *
   * @param name a service name
   * @return the records in registry order, or an empty list for an unknown name
   * @throws NullPointerException if {@code name} is null
   */
  public List<Assignment> byService(String name) {
    return index.service(Objects.requireNonNull(name, "name"));
  }

  /**
   * The first IANA record of a service name.
   *
   * @param name a service name
   * @return the record, or empty for an unknown name
   * @throws NullPointerException if {@code name} is null
   */
  public Optional<Assignment> findService(String name) {
    List<Assignment> l = byService(name);
    return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
  }

  /**
   * Answers a port expression such as {@code 22,80,443}, {@code 6000-6010/tcp} or {@code ssh}: one answer per port,
   * in the order written (a service name gives every port it has; a transport restricts the answers).
   *
   * @param expression the expression (see {@link PortExpression})
   * @return the answers
   * @throws IllegalArgumentException if the expression cannot be parsed, names a service that is not known, or covers
   *     more than {@link #QUERY_LIMIT} ports
   */
  public List<PortInfo> query(String expression) {
    return query(PortExpression.parse(expression));
  }

  /**
   * Answers a parsed port expression.
   *
   * @param expression the expression
   * @return the answers, one per port in the order written
   * @throws IllegalArgumentException if a term names a service that is not known, or the expression covers more than
   *     {@link #QUERY_LIMIT} ports
   */
  public List<PortInfo> query(PortExpression expression) {
    long total = 0;
    for (PortExpression.Term term : expression.terms()) {
      total += term.ports().map(PortSpan::size).orElse(1);
    }
    if (total > QUERY_LIMIT) {
      throw new IllegalArgumentException(
          "port expression covers " + total + " ports, more than the " + QUERY_LIMIT
              + " one query answers (split it, or call lookup for each port)");
    }
    List<PortInfo> out = new ArrayList<>();
    for (PortExpression.Term term : expression.terms()) {
      if (term.ports().isPresent()) {
        PortSpan span = term.ports().get();
        for (int p = span.first(); p <= span.last(); p++) {
          out.add(term.transport().isPresent() ? lookup(p, term.transport().get()) : lookup(p));
        }
        continue;
      }
      String name = term.service().orElseThrow();
      List<Assignment> records = byService(name);
      List<Integer> ports = new ArrayList<>();
      for (Assignment a : records) {
        if (a.ports().isPresent() && (term.transport().isEmpty() || a.covers(term.transport().get()))) {
          for (int p = a.ports().get().first(); p <= a.ports().get().last(); p++) {
            if (!ports.contains(p)) {
              ports.add(p);
            }
          }
        }
      }
      if (ports.isEmpty()) {
        throw new IllegalArgumentException(
            "unknown service name: '"
                + Checks.shorten(name)
                + "'"
                + term.transport().map(t -> " on " + t.token()).orElse("")
                + " (expected an IANA service name with a port, such as ssh or http)");
      }
      if (out.size() + ports.size() > QUERY_LIMIT) {
        throw new IllegalArgumentException(
            "port expression covers more than the " + QUERY_LIMIT
                + " ports one query answers (split it, or call lookup for each port)");
      }
      for (int p : ports) {
        out.add(term.transport().isPresent() ? lookup(p, term.transport().get()) : lookup(p));
      }
    }
    return out;
  }

  /**
   * Full-text search over service names, descriptions and lore (unofficial uses, threats, history): every word
   * must occur, ignoring case. Service names without a port (DNS-SD) are found too.
   *
   * @param text the words
   * @return at most {@link #SEARCH_LIMIT} hits, exact name matches first
   * @throws IllegalArgumentException if {@code text} is blank or longer than 200 characters
   */
  public List<SearchHit> search(String text) {
    if (text == null || text.isBlank() || text.length() > 200) {
      throw new IllegalArgumentException(
          "bad search text: '" + Checks.shorten(text) + "' (expected 1 to 200 characters of words)");
    }
    return index.search(text, SEARCH_LIMIT);
  }

  /**
   * Every conflict the registry derived from its data, by port.
   *
   * @return the conflicts
   */
  public List<Conflict> conflicts() {
    return index.conflicts();
  }

  /**
   * The conflicts of one type.
   *
   * @param type the type
   * @return those conflicts, by port
   * @throws NullPointerException if {@code type} is null
   */
  public List<Conflict> conflicts(Conflict.Type type) {
    Objects.requireNonNull(type, "type");
    return index.conflicts().stream().filter(c -> c.type() == type).toList();
  }

  /**
   * The ports of a range that anything is known of (an assignment, a use, a threat or history).
   *
   * @param range the range
   * @return their answers, by port
   * @throws NullPointerException if {@code range} is null
   */
  public List<PortInfo> known(PortRange range) {
    return index.known(Objects.requireNonNull(range, "range"));
  }

  /**
   * Judges a service that a protocol detector saw on a port: the expected official service, a known unofficial
   * use, a known threat, or unexpected. Names are compared ignoring case, punctuation and common spellings
   * ({@code ms-wbt-server} and {@code rdp}, {@code www} and {@code http}).
   *
   * @param port the port
   * @param transport the transport
   * @param observed the service or product the detector named
   * @return the verdict with the facts behind it
   * @throws IllegalArgumentException if the port is outside 0–65535 or {@code observed} is blank
   * @throws NullPointerException if {@code transport} is null
   */
  public Verdict verdict(int port, Transport transport, String observed) {
    Checks.port(port);
    Objects.requireNonNull(transport, "transport");
    if (observed == null || observed.isBlank()) {
      throw new IllegalArgumentException("observed service is blank (expected a name such as http or ssh)");
    }
    return index.verdict(port, transport, observed.strip());
  }

  /**
   * What the data says of itself: versions, IANA registry date, counts.
   *
   * @return the metadata
   */
  public DatasetMetadata metadata() {
    return index.metadata();
  }

  /** The whole dataset, decoded: for layering it under other data. */
  PortDataset dataset() {
    return index.dataset();
  }

  /**
   * Builds a {@link PortDatabase} from layers of data. Official records come from the last layer that has any;
   * curated facts of every layer add up, each keeping its origin. Not thread-safe; the registry it builds is.
   */
  public static final class Builder {
    private final List<java.util.function.Supplier<PortDataset>> layers = new ArrayList<>();

    private Builder() {}

    /**
     * Adds the bundled data (IANA's registry and portlore's curated lore).
     *
     * @return this builder
     */
    public Builder bundled() {
      layers.add(() -> PortRegistry.bundled().dataset());
      return this;
    }

    /**
     * Adds a dataset.
     *
     * @param dataset the dataset
     * @return this builder
     */
    public Builder dataset(PortDataset dataset) {
      Objects.requireNonNull(dataset, "dataset");
      layers.add(() -> dataset);
      return this;
    }

    /**
     * Adds the data of a provider, loaded when {@link #build()} runs.
     *
     * @param provider the provider
     * @return this builder
     */
    public Builder provider(PortDataProvider provider) {
      Objects.requireNonNull(provider, "provider");
      layers.add(provider::load);
      return this;
    }

    /**
     * Adds an IANA registry file, XML or CSV, as downloaded from IANA; its records replace those of lower layers.
     *
     * @param file the file
     * @return this builder
     */
    public Builder iana(Path file) {
      Objects.requireNonNull(file, "file");
      layers.add(() -> DataFormats.readIana(file));
      return this;
    }

    /**
     * Adds an overlay of your own facts (the curated-facts format of DATA-FORMAT.md); every fact carries the file
     * name as its origin.
     *
     * @param file the JSON file
     * @return this builder
     */
    public Builder overlay(Path file) {
      Objects.requireNonNull(file, "file");
      layers.add(() -> DataFormats.readCurated(file, "overlay:" + file.getFileName()));
      return this;
    }

    /**
     * Loads every layer and builds the registry. Nothing is kept of a failed build.
     *
     * @return the registry
     * @throws PortDataException if a layer cannot be loaded (the message names it) or there is no layer
     */
    public PortDatabase build() {
      List<PortDataset> loaded = new ArrayList<>(layers.size());
      for (java.util.function.Supplier<PortDataset> s : layers) {
        loaded.add(s.get());
      }
      return of(Datasets.merge(loaded));
    }
  }
}
