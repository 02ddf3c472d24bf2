package org.portlore.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.portlore.Assignment;
import org.portlore.Conflict;
import org.portlore.DatasetMetadata;
import org.portlore.EphemeralRange;
import org.portlore.HistoryEvent;
import org.portlore.ImmutablePortInfo;
import org.portlore.ImmutableVerdict;
import org.portlore.PortInfo;
import org.portlore.PortRange;
import org.portlore.SearchHit;
import org.portlore.Standing;
import org.portlore.Threat;
import org.portlore.Transport;
import org.portlore.UnofficialUse;
import org.portlore.Verdict;
import org.portlore.spi.PortDataset;

/**
 * The runtime form of a registry: per-port arrays over the whole port space, a service-name index, the derived
 * conflicts, and a cache of answers. Immutable after construction except for the answer cache, which is filled
 * racily with immutable values (a race costs a duplicate allocation, never a wrong answer). Thread-safe.
 */
public final class RegistryIndex {
  private static final int PORTS = Checks.MAX_PORT + 1;
  private static final int ALL = Transport.values().length;

  private final DatasetMetadata metadata;
  private final List<Assignment>[] assignments;
  private final List<UnofficialUse>[] uses;
  private final List<Threat>[] threats;
  private final List<HistoryEvent>[] history;
  private final List<Standing>[] standing;
  private final List<Conflict>[] conflicts;
  private final List<Conflict> allConflicts;
  private final Map<String, List<Assignment>> byService;
  private final List<EphemeralRange>[] ephemeral;
  /** Cache of answers: index {@code ALL} for all transports, otherwise {@code Transport.ordinal()}. */
  private final PortInfo[][] cache = new PortInfo[ALL + 1][];
  /** The dataset, kept to build the search index on first use: most users never search. */
  private final PortDataset dataset;
  private volatile SearchIndex search;

  /**
   * Builds the index of a dataset.
   *
   * @param d the dataset
   */
  @SuppressWarnings("unchecked")
  public RegistryIndex(PortDataset d) {
    this.metadata = d.metadata();
    this.assignments = new List[PORTS];
    this.uses = new List[PORTS];
    this.threats = new List[PORTS];
    this.history = new List[PORTS];
    this.standing = new List[PORTS];
    this.conflicts = new List[PORTS];
    Map<String, List<Assignment>> services = new HashMap<>();
    for (Assignment a : d.assignments()) {
      a.service().ifPresent(s -> services.computeIfAbsent(s.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(a));
      if (a.ports().isEmpty()) {
        continue;
      }
      for (int p = a.ports().get().first(); p <= a.ports().get().last(); p++) {
        add(assignments, p, a);
      }
    }
    for (UnofficialUse u : d.unofficialUses()) {
      add(uses, u.port(), u);
    }
    for (Threat t : d.threats()) {
      add(threats, t.port(), t);
    }
    for (HistoryEvent h : d.history()) {
      add(history, h.port(), h);
    }
    for (Standing s : d.standing()) {
      add(standing, s.port(), s);
    }
    List<Conflict> every = new ArrayList<>();
    List<EphemeralRange> ranges = EphemeralRange.defaults();
    this.ephemeral = new List[PORTS];
    Map<Long, List<EphemeralRange>> shared = new HashMap<>();
    for (int p = 0; p < PORTS; p++) {
      assignments[p] = freeze(assignments[p]);
      uses[p] = freeze(uses[p]);
      threats[p] = freeze(threats[p]);
      if (history[p] != null) {
        history[p].sort(Comparator.comparing(HistoryEvent::date));
      }
      history[p] = freeze(history[p]);
      standing[p] = freeze(standing[p]);
      List<Conflict> c =
          assignments[p].isEmpty() && uses[p].isEmpty() && threats[p].isEmpty()
              ? List.of()
              : Conflicts.detect(p, assignments[p], uses[p], threats[p]);
      conflicts[p] = c;
      every.addAll(c);
      long mask = 0;
      for (int i = 0; i < ranges.size(); i++) {
        if (ranges.get(i).contains(p)) {
          mask |= 1L << i;
        }
      }
      final int port = p;
      ephemeral[p] =
          shared.computeIfAbsent(mask, m -> ranges.stream().filter(r -> r.contains(port)).toList());
    }
    this.allConflicts = List.copyOf(every);
    Map<String, List<Assignment>> frozen = new HashMap<>();
    services.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.byService = Map.copyOf(frozen);
    for (int i = 0; i <= ALL; i++) {
      cache[i] = new PortInfo[PORTS];
    }
    this.dataset = d;
  }

  @SuppressWarnings("unchecked")
  private static <T> void add(List<T>[] lists, int port, T item) {
    if (lists[port] == null) {
      lists[port] = new ArrayList<>(2);
    }
    lists[port].add(item);
  }

  private static <T> List<T> freeze(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /**
   * The dataset's metadata.
   *
   * @return the metadata
   */
  public DatasetMetadata metadata() {
    return metadata;
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
      p = build(port, null);
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
      p = build(port, transport);
      row[port] = p;
    }
    return p;
  }

  private PortInfo build(int port, Transport t) {
    ImmutablePortInfo.Builder b = ImmutablePortInfo.builder().port(port).ephemeral(ephemeral[port]);
    if (t == null) {
      return b.assignments(assignments[port])
          .unofficialUses(uses[port])
          .threats(threats[port])
          .history(history[port])
          .standing(standing[port])
          .conflicts(conflicts[port])
          .build();
    }
    return b.assignments(assignments[port].stream().filter(a -> a.covers(t)).toList())
        .unofficialUses(uses[port].stream().filter(u -> u.transports().isEmpty() || u.transports().contains(t)).toList())
        .threats(threats[port].stream().filter(x -> x.transports().isEmpty() || x.transports().contains(t)).toList())
        .history(history[port])
        .standing(standing[port])
        .conflicts(
            conflicts[port].stream().filter(c -> c.transports().isEmpty() || c.transports().contains(t)).toList())
        .build();
  }

  /**
   * Every record of a service name, on every port and transport, ignoring case.
   *
   * @param name the service name
   * @return the records, possibly empty
   */
  public List<Assignment> service(String name) {
    List<Assignment> l = byService.get(name.toLowerCase(Locale.ROOT));
    return l == null ? List.of() : l;
  }

  /**
   * Every conflict, by port.
   *
   * @return the conflicts
   */
  public List<Conflict> conflicts() {
    return allConflicts;
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
      synchronized (this) {
        s = search;
        if (s == null) {
          s = new SearchIndex(dataset);
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
      if (!assignments[p].isEmpty() || !uses[p].isEmpty() || !threats[p].isEmpty() || !history[p].isEmpty()) {
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
    if (!threatHits.isEmpty()) {
      return v.kind(Verdict.Kind.THREAT)
          .threats(threatHits)
          .assignments(official)
          .unofficialUses(useHits)
          .explanation("'" + observed + "' on " + where + " matches known malware or offensive tooling: " + threatHits.get(0).name())
          .build();
    }
    if (!official.isEmpty()) {
      return v.kind(Verdict.Kind.EXPECTED)
          .assignments(official)
          .unofficialUses(useHits)
          .explanation("'" + observed + "' is the service IANA assigns to " + where + ": " + official.get(0).service().get())
          .build();
    }
    if (!useHits.isEmpty()) {
      return v.kind(Verdict.Kind.UNOFFICIAL)
          .unofficialUses(useHits)
          .explanation("'" + observed + "' is a documented unofficial use of " + where + ": " + useHits.get(0).name())
          .build();
    }
    String known =
        info.assignments().stream().filter(a -> a.service().isPresent()).map(a -> a.service().get()).distinct()
            .reduce((a, b) -> a + ", " + b)
            .map(s -> "IANA assigns " + s)
            .orElse("IANA assigns no service");
    return v.kind(Verdict.Kind.UNEXPECTED)
        .explanation("nothing known about " + where + " matches '" + observed + "' (" + known + ")")
        .build();
  }


  @Override
  public String toString() {
    return "RegistryIndex" + Arrays.asList(metadata.dataVersion(), metadata.registryDate());
  }
}
