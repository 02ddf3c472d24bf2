package org.portlore.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.portlore.Assignment;
import org.portlore.Conflict;
import org.portlore.DatasetMetadata;
import org.portlore.EphemeralRange;
import org.portlore.ImmutablePortInfo;
import org.portlore.ImmutableVerdict;
import org.portlore.PortInfo;
import org.portlore.PortRange;
import org.portlore.SearchHit;
import org.portlore.Threat;
import org.portlore.Transport;
import org.portlore.UnofficialUse;
import org.portlore.Verdict;
import org.portlore.spi.PortDataset;

/**
 * The runtime form of a registry: the data in its compact form ({@link CompactData}), decoded port by port when a
 * port is first asked for, and a cache of answers. The service-name index, the list of every conflict and the
 * search index are built on first use: most users never need them.
 *
 * <p>Thread-safe. The answer cache is filled racily with immutable values (a race costs a duplicate decode, never
 * a wrong answer); the lazily built indexes are built once under a lock.
 */
public final class RegistryIndex {
  private static final int PORTS = Checks.MAX_PORT + 1;
  private static final int ALL = Transport.values().length;
  private static final Transport[] TRANSPORTS = Transport.values();

  /** Where the default ephemeral ranges change, and the ranges that hold the ports from each change on. */
  private static final int[] EPHEMERAL_STARTS;
  private static final List<List<EphemeralRange>> EPHEMERAL_LISTS;

  static {
    List<EphemeralRange> ranges = EphemeralRange.defaults();
    java.util.TreeSet<Integer> starts = new java.util.TreeSet<>(List.of(0));
    for (EphemeralRange r : ranges) {
      starts.add(r.first());
      if (r.last() < Checks.MAX_PORT) {
        starts.add(r.last() + 1);
      }
    }
    EPHEMERAL_STARTS = new int[starts.size()];
    List<List<EphemeralRange>> lists = new ArrayList<>();
    int i = 0;
    for (int start : starts) {
      EPHEMERAL_STARTS[i++] = start;
      List<EphemeralRange> holding = new ArrayList<>();
      for (EphemeralRange r : ranges) {
        if (r.contains(start)) {
          holding.add(r);
        }
      }
      lists.add(List.copyOf(holding));
    }
    EPHEMERAL_LISTS = List.copyOf(lists);
  }

  private final CompactData data;
  /** Cache of answers: index {@code ALL} for all transports, otherwise {@code Transport.ordinal()}. */
  private final PortInfo[][] cache = new PortInfo[ALL + 1][];
  private final Object lock = new Object();
  private volatile Map<String, List<Assignment>> byService;
  private volatile List<Conflict> allConflicts;
  private volatile SearchIndex search;

  private RegistryIndex(CompactData data) {
    this.data = data;
    for (int i = 0; i <= ALL; i++) {
      cache[i] = new PortInfo[PORTS];
    }
  }

  /**
   * An index over a dataset, which is compiled to the compact form first.
   *
   * @param d the dataset
   * @return the index
   */
  public static RegistryIndex of(PortDataset d) {
    return new RegistryIndex(
        CompactData.open(CompactWriter.compile(d), "dataset " + d.metadata().dataVersion()));
  }

  /**
   * An index over data in the compact form.
   *
   * @param data the opened data
   * @return the index
   */
  public static RegistryIndex of(CompactData data) {
    return new RegistryIndex(data);
  }

  /**
   * The dataset's metadata.
   *
   * @return the metadata
   */
  public DatasetMetadata metadata() {
    return data.metadata();
  }

  /**
   * The whole dataset, decoded; for search and for layering the data under other layers.
   *
   * @return the dataset
   */
  public PortDataset dataset() {
    return data.dataset();
  }

  /**
   * The answer for a port; the port must already be checked.
   *
   * @param port 0–65535
   * @return the answer
   */
  public PortInfo info(int port) {
    PortInfo p = cache[ALL][port];
    if (p == null) {
      p = build(port);
      cache[ALL][port] = p;
    }
    return p;
  }

  /**
   * The answer for a port on one transport; the port must already be checked.
   *
   * @param port 0–65535
   * @param transport the transport
   * @return the answer, with only the facts that hold on that transport (or do not say)
   */
  public PortInfo info(int port, Transport transport) {
    PortInfo[] row = cache[transport.ordinal()];
    PortInfo p = row[port];
    if (p == null) {
      p = restrict(info(port), transport);
      row[port] = p;
    }
    return p;
  }

  private PortInfo build(int port) {
    PortRecords r = data.port(port);
    List<Conflict> conflicts =
        r.assignments().isEmpty() && r.uses().isEmpty() && r.threats().isEmpty()
            ? List.of()
            : Conflicts.detect(port, r.assignments(), r.uses(), r.threats());
    return ImmutablePortInfo.builder()
        .port(port)
        .ephemeral(ephemeral(port))
        .assignments(r.assignments())
        .unofficialUses(r.uses())
        .threats(r.threats())
        .history(r.history())
        .standing(r.standing())
        .conflicts(conflicts)
        .build();
  }

  private static PortInfo restrict(PortInfo all, Transport t) {
    List<Assignment> assignments = new ArrayList<>();
    for (Assignment a : all.assignments()) {
      if (a.covers(t)) {
        assignments.add(a);
      }
    }
    List<UnofficialUse> uses = new ArrayList<>();
    for (UnofficialUse u : all.unofficialUses()) {
      if (u.transports().isEmpty() || u.transports().contains(t)) {
        uses.add(u);
      }
    }
    List<Threat> threats = new ArrayList<>();
    for (Threat x : all.threats()) {
      if (x.transports().isEmpty() || x.transports().contains(t)) {
        threats.add(x);
      }
    }
    List<Conflict> conflicts = new ArrayList<>();
    for (Conflict c : all.conflicts()) {
      if (c.transports().isEmpty() || c.transports().contains(t)) {
        conflicts.add(c);
      }
    }
    return ImmutablePortInfo.builder()
        .port(all.port())
        .ephemeral(all.ephemeral())
        .assignments(assignments)
        .unofficialUses(uses)
        .threats(threats)
        .history(all.history())
        .standing(all.standing())
        .conflicts(conflicts)
        .build();
  }

  private static List<EphemeralRange> ephemeral(int port) {
    int i = Arrays.binarySearch(EPHEMERAL_STARTS, port);
    return EPHEMERAL_LISTS.get(i >= 0 ? i : -i - 2);
  }

  /**
   * Every record of a service name, on every port and transport, ignoring case.
   *
   * @param name the service name
   * @return the records, possibly empty
   */
  public List<Assignment> service(String name) {
    Map<String, List<Assignment>> m = byService;
    if (m == null) {
      synchronized (lock) {
        m = byService;
        if (m == null) {
          Map<String, List<Assignment>> services = new HashMap<>();
          for (int i = 0; i < data.assignmentCount(); i++) {
            Optional<String> s = data.serviceOf(i);
            if (s.isPresent()) {
              services.computeIfAbsent(s.get().toLowerCase(Locale.ROOT), k -> new ArrayList<>(2))
                  .add(data.assignment(i));
            }
          }
          Map<String, List<Assignment>> frozen = new HashMap<>();
          services.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
          m = Map.copyOf(frozen);
          byService = m;
        }
      }
    }
    List<Assignment> l = m.get(name.toLowerCase(Locale.ROOT));
    return l == null ? List.of() : l;
  }

  /**
   * Every conflict, by port.
   *
   * @return the conflicts
   */
  public List<Conflict> conflicts() {
    List<Conflict> all = allConflicts;
    if (all == null) {
      synchronized (lock) {
        all = allConflicts;
        if (all == null) {
          List<Conflict> every = new ArrayList<>();
          for (int p = 0; p < PORTS; p++) {
            if (data.has(p)) {
              PortInfo cached = cache[ALL][p];
              if (cached != null) {
                every.addAll(cached.conflicts());
              } else {
                PortRecords r = data.port(p);
                every.addAll(Conflicts.detect(p, r.assignments(), r.uses(), r.threats()));
              }
            }
          }
          all = List.copyOf(every);
          allConflicts = all;
        }
      }
    }
    return all;
  }

  /**
   * Full-text search.
   *
   * @param text the words to find
   * @param limit the most hits to return
   * @return the hits, best first
   */
  public List<SearchHit> search(String text, int limit) {
    SearchIndex s = search;
    if (s == null) {
      synchronized (lock) {
        s = search;
        if (s == null) {
          s = new SearchIndex(data.dataset());
          search = s;
        }
      }
    }
    return s.search(text, limit);
  }

  /**
   * The ports of a range that anything is known of.
   *
   * @param range the range
   * @return their answers, by port
   */
  public List<PortInfo> known(PortRange range) {
    List<PortInfo> out = new ArrayList<>();
    for (int p = range.first(); p <= range.last(); p++) {
      if (data.has(p) && info(p).isKnown()) {
        out.add(info(p));
      }
    }
    return out;
  }

  /**
   * Judges a service observed on a port.
   *
   * @param port the port, checked
   * @param t the transport
   * @param observed the service or product the detector named
   * @return the verdict
   */
  public Verdict verdict(int port, Transport t, String observed) {
    PortInfo info = info(port, t);
    ImmutableVerdict.Builder v = ImmutableVerdict.builder().port(port).transport(t).observed(observed);
    List<Assignment> official =
        info.assignments().stream()
            .filter(a -> a.service().isPresent())
            .filter(a -> Matching.matches(observed, a.service().get()) || Matching.matches(observed, a.description()))
            .toList();
    List<Threat> threatHits =
        info.threats().stream()
            .filter(x -> Matching.matches(observed, x.name()) || x.aliases().stream().anyMatch(a -> Matching.matches(observed, a)))
            .toList();
    List<UnofficialUse> useHits =
        info.unofficialUses().stream()
            .filter(u -> Matching.matches(observed, u.name()) || u.implementsService().map(s -> Matching.matches(observed, s)).orElse(false))
            .toList();
    String where = t.token() + "/" + port;
    // The observed name comes from traffic: quote it bounded and with control characters escaped, so that an
    // explanation written to a log stays one line of reasonable length.
    String quoted = Checks.shorten(observed);
    if (!threatHits.isEmpty()) {
      return v.kind(Verdict.Kind.THREAT)
          .threats(threatHits)
          .assignments(official)
          .unofficialUses(useHits)
          .explanation("'" + quoted + "' on " + where + " matches known malware or offensive tooling: " + threatHits.get(0).name())
          .build();
    }
    if (!official.isEmpty()) {
      return v.kind(Verdict.Kind.EXPECTED)
          .assignments(official)
          .unofficialUses(useHits)
          .explanation("'" + quoted + "' is the service IANA assigns to " + where + ": " + official.get(0).service().get())
          .build();
    }
    if (!useHits.isEmpty()) {
      return v.kind(Verdict.Kind.UNOFFICIAL)
          .unofficialUses(useHits)
          .explanation("'" + quoted + "' is a documented unofficial use of " + where + ": " + useHits.get(0).name())
          .build();
    }
    String known =
        info.assignments().stream().filter(a -> a.service().isPresent()).map(a -> a.service().get()).distinct()
            .reduce((a, b) -> a + ", " + b)
            .map(s -> "IANA assigns " + s)
            .orElse("IANA assigns no service");
    return v.kind(Verdict.Kind.UNEXPECTED)
        .explanation("nothing known about " + where + " matches '" + quoted + "' (" + known + ")")
        .build();
  }


  @Override
  public String toString() {
    return "RegistryIndex" + Arrays.asList(metadata().dataVersion(), metadata().registryDate());
  }
}
