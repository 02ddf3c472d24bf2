package org.portlore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;
import org.portlore.internal.Checks;

/**
 * Turns a port and a transport (and, when a protocol detector named one, the observed service) into flat fields for
 * a log event, named after the Elastic Common Schema (ECS) and the OpenTelemetry semantic conventions where they
 * have a name, and under the {@code portlore.} namespace where they have none.
 *
 * <pre>{@code
 * PortEnricher enricher = PortEnricher.bundled();           // create once, share everywhere
 * Map<String, Object> f = enricher.enrich(1973, Transport.TCP);
 * f.get("destination.port");                                // 1973
 * f.get("portlore.threat.names");                           // [KGB-RAT, W32.Sonic.Worm]
 * enricher.enrich(22, Transport.TCP, "OpenSSH")             // adds network.protocol=openssh, portlore.verdict=expected
 * }</pre>
 *
 * <p>The fields, in this order; a fact that is not known is an absent key, never a null value:
 *
 * <table>
 *   <caption>Fields</caption>
 *   <tr><th>field</th><th>value</th></tr>
 *   <tr><td>{@code destination.port} (or the {@link Side side} chosen)</td><td>the port, an {@code Integer}</td></tr>
 *   <tr><td>{@code network.transport}</td><td>{@code tcp}, {@code udp}, {@code sctp} or {@code dccp}</td></tr>
 *   <tr><td>{@code network.iana_number} (ECS only)</td><td>the IANA protocol number: {@code "6"}, {@code "17"},
 *       {@code "132"}, {@code "33"}</td></tr>
 *   <tr><td>{@code network.protocol} (ECS) or {@code network.protocol.name} (OpenTelemetry)</td><td>the observed
 *       service, lower case; only when one is given</td></tr>
 *   <tr><td>{@code portlore.verdict}</td><td>{@code expected}, {@code unofficial}, {@code threat} or
 *       {@code unexpected}; only when an observed service is given</td></tr>
 *   <tr><td>{@code portlore.port.range}</td><td>{@code system}, {@code user} or {@code dynamic}</td></tr>
 *   <tr><td>{@code portlore.iana.service}</td><td>IANA's first service name on the port and transport</td></tr>
 *   <tr><td>{@code portlore.iana.status}</td><td>{@code assigned}, {@code reserved} or {@code unassigned}, where
 *       IANA has a record</td></tr>
 *   <tr><td>{@code portlore.iana.standing}</td><td>{@code in-use}, {@code legacy} or {@code extinct}: whether that
 *       service is still alive</td></tr>
 *   <tr><td>{@code portlore.unofficial.names}</td><td>documented unofficial uses, a list</td></tr>
 *   <tr><td>{@code portlore.threat.names}</td><td>malware and offensive tools documented on the port, a list</td></tr>
 *   <tr><td>{@code portlore.conflict.types}</td><td>the {@link Conflict.Type#token() conflict types}, a list</td></tr>
 *   <tr><td>{@code portlore.ephemeral.systems}</td><td>the systems whose default ephemeral range holds the port, a
 *       list</td></tr>
 *   <tr><td>{@code portlore.data.version}</td><td>the version of the data the answer comes from</td></tr>
 * </table>
 *
 * <p>Values are {@code Integer}, {@code String} or an immutable {@code List<String>}. Curated facts are those on the
 * transport asked for or that name none (see {@link PortDatabase#lookup(int, Transport)}).
 *
 * <p>Immutable and thread-safe: share one instance across threads. The answer for a port and transport is built on
 * first use and cached, so afterwards {@link #enrich(int, Transport)} returns the same map without allocating; the
 * cache holds one reference per port and transport (262,144 of them: 1 MB with compressed references) plus the maps
 * of the ports seen. Create an enricher once and keep it: every {@code with…} call makes a new one with an empty
 * cache.
 */
public final class PortEnricher {
  /** Which end of a connection the port belongs to: the prefix of the ECS and OpenTelemetry port field. */
  public enum Side {
    /** {@code destination.port}: the port a connection or packet goes to; the usual one in firewall logs. */
    DESTINATION,
    /** {@code source.port}: the port a connection or packet comes from. */
    SOURCE,
    /** {@code server.port}: the port of the side that accepts the connection. */
    SERVER,
    /** {@code client.port}: the port of the side that opens the connection. */
    CLIENT;

    private final String field = name().toLowerCase(Locale.ROOT) + ".port";

    /**
     * The name of the port field of this side.
     *
     * @return such as {@code destination.port}
     */
    public String portField() {
      return field;
    }
  }

  /**
   * Which standard names the fields where ECS and OpenTelemetry differ. The two disagree on the application protocol
   * ({@code network.protocol} against {@code network.protocol.name}); writing both into one event would break an
   * Elasticsearch mapping, where {@code network.protocol} cannot be both a keyword and an object.
   */
  public enum Convention {
    /** Elastic Common Schema: {@code network.protocol}, and {@code network.iana_number} from the transport. */
    ECS,
    /** OpenTelemetry semantic conventions: {@code network.protocol.name}; no protocol number. */
    OTEL
  }

  /** The namespace of portlore's own fields unless {@link #withNamespace(String)} says otherwise. */
  public static final String DEFAULT_NAMESPACE = "portlore";

  // Slots of the layout, in the order of the fields.
  private static final int PORT = 0;
  private static final int TRANSPORT = 1;
  private static final int IANA_NUMBER = 2;
  private static final int PROTOCOL = 3;
  private static final int VERDICT = 4;
  private static final int RANGE = 5;
  private static final int SERVICE = 6;
  private static final int STATUS = 7;
  private static final int STANDING = 8;
  private static final int UNOFFICIAL = 9;
  private static final int THREATS = 10;
  private static final int CONFLICTS = 11;
  private static final int EPHEMERAL = 12;
  private static final int DATA_VERSION = 13;
  private static final int SLOTS = 14;

  private static final String[] IANA_NUMBERS = ianaNumbers();
  private static final Pattern NAMESPACE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");
  private static final int MAX_NAMESPACE = 100;
  private static final Object LOCK = new Object();
  private static volatile PortEnricher bundled;

  private final PortDatabase database;
  private final Side side;
  private final Convention convention;
  private final String namespace;
  private final String dataVersion;
  private final String[] keys;
  private final List<String> fieldNames;
  private final AtomicReferenceArray<FieldMap> cache;

  private PortEnricher(PortDatabase database, Side side, Convention convention, String namespace) {
    this.database = database;
    this.side = side;
    this.convention = convention;
    this.namespace = namespace;
    this.dataVersion = database.metadata().dataVersion();
    this.keys = layout(side, convention, namespace);
    List<String> names = new ArrayList<>();
    for (String k : keys) {
      if (k != null) {
        names.add(k);
      }
    }
    this.fieldNames = Collections.unmodifiableList(names);
    this.cache = new AtomicReferenceArray<>(Transport.values().length << 16);
  }

  private static String[] ianaNumbers() {
    String[] n = new String[Transport.values().length];
    n[Transport.TCP.ordinal()] = "6";
    n[Transport.UDP.ordinal()] = "17";
    n[Transport.SCTP.ordinal()] = "132";
    n[Transport.DCCP.ordinal()] = "33";
    return n;
  }

  private static String[] layout(Side side, Convention convention, String ns) {
    String[] k = new String[SLOTS];
    k[PORT] = side.portField();
    k[TRANSPORT] = "network.transport";
    k[IANA_NUMBER] = convention == Convention.ECS ? "network.iana_number" : null;
    k[PROTOCOL] = convention == Convention.ECS ? "network.protocol" : "network.protocol.name";
    k[VERDICT] = ns + ".verdict";
    k[RANGE] = ns + ".port.range";
    k[SERVICE] = ns + ".iana.service";
    k[STATUS] = ns + ".iana.status";
    k[STANDING] = ns + ".iana.standing";
    k[UNOFFICIAL] = ns + ".unofficial.names";
    k[THREATS] = ns + ".threat.names";
    k[CONFLICTS] = ns + ".conflict.types";
    k[EPHEMERAL] = ns + ".ephemeral.systems";
    k[DATA_VERSION] = ns + ".data.version";
    return k;
  }

  /**
   * The enricher over the bundled data ({@link PortRegistry#bundled()}), with {@code destination.port}, ECS names
   * and the {@code portlore} namespace; created on first use.
   *
   * @return the enricher, the same instance on every call
   * @throws PortDataException if the bundled data cannot be loaded (the next call tries again)
   */
  public static PortEnricher bundled() {
    PortEnricher e = bundled;
    if (e == null) {
      synchronized (LOCK) {
        e = bundled;
        if (e == null) {
          e = of(PortRegistry.bundled());
          bundled = e;
        }
      }
    }
    return e;
  }

  /**
   * An enricher over a registry of your own, with {@code destination.port}, ECS names and the {@code portlore}
   * namespace.
   *
   * @param database the registry
   * @return a new enricher
   * @throws NullPointerException if {@code database} is null
   */
  public static PortEnricher of(PortDatabase database) {
    return new PortEnricher(
        Objects.requireNonNull(database, "database"), Side.DESTINATION, Convention.ECS, DEFAULT_NAMESPACE);
  }

  /**
   * This enricher with the port field of another side, such as {@code server.port}.
   *
   * @param side the side
   * @return an enricher over the same registry (this one if nothing changes)
   * @throws NullPointerException if {@code side} is null
   */
  public PortEnricher withSide(Side side) {
    Objects.requireNonNull(side, "side");
    return side == this.side ? this : new PortEnricher(database, side, convention, namespace);
  }

  /**
   * This enricher with the names of another standard where ECS and OpenTelemetry differ.
   *
   * @param convention the standard
   * @return an enricher over the same registry (this one if nothing changes)
   * @throws NullPointerException if {@code convention} is null
   */
  public PortEnricher withConvention(Convention convention) {
    Objects.requireNonNull(convention, "convention");
    return convention == this.convention ? this : new PortEnricher(database, side, convention, namespace);
  }

  /**
   * This enricher with portlore's own fields under another namespace, so that both ports of one event can be
   * enriched without their fields colliding: {@code withSide(Side.SOURCE).withNamespace("portlore.source")} writes
   * {@code source.port} and {@code portlore.source.threat.names}.
   *
   * @param namespace dot-separated lower-case words of letters, digits and underscores, such as
   *     {@code portlore.source}
   * @return an enricher over the same registry (this one if nothing changes)
   * @throws NullPointerException if {@code namespace} is null
   * @throws IllegalArgumentException if {@code namespace} is not of that form or longer than 100 characters
   */
  public PortEnricher withNamespace(String namespace) {
    Objects.requireNonNull(namespace, "namespace");
    if (namespace.length() > MAX_NAMESPACE || !NAMESPACE.matcher(namespace).matches()) {
      throw new IllegalArgumentException(
          "bad field namespace: '"
              + Checks.shorten(namespace)
              + "' (expected dot-separated lower-case words of letters, digits and underscores, such as"
              + " portlore.source)");
    }
    return namespace.equals(this.namespace) ? this : new PortEnricher(database, side, convention, namespace);
  }

  /**
   * The fields of a port on a transport. The first call for a port and transport builds the map; every later call
   * returns the same map and allocates nothing.
   *
   * @param port 0–65535
   * @param transport the transport
   * @return an immutable map in the order of the fields, without null values
   * @throws IllegalArgumentException if the port is outside 0–65535
   * @throws NullPointerException if {@code transport} is null
   */
  public Map<String, Object> enrich(int port, Transport transport) {
    return cached(port, transport);
  }

  /**
   * The fields of a port on a transport where a protocol detector saw a service: those of
   * {@link #enrich(int, Transport)} plus the observed protocol in lower case ({@code network.protocol}, or
   * {@code network.protocol.name} under OpenTelemetry) and {@code portlore.verdict} (see
   * {@link PortDatabase#verdict(int, Transport, String)}). Not cached: this allocates the verdict and a new map.
   *
   * @param port 0–65535
   * @param transport the transport
   * @param observed the service or product the detector named, such as {@code ssh} or {@code KGB-RAT}
   * @return an immutable map in the order of the fields, without null values
   * @throws IllegalArgumentException if the port is outside 0–65535 or {@code observed} is blank
   * @throws NullPointerException if {@code transport} or {@code observed} is null
   */
  public Map<String, Object> enrich(int port, Transport transport, String observed) {
    Objects.requireNonNull(observed, "observed");
    FieldMap base = cached(port, transport);
    if (observed.isBlank()) {
      throw new IllegalArgumentException("observed service is blank (expected a name such as http or ssh)");
    }
    Verdict v = database.verdict(port, transport, observed);
    return base.with(PROTOCOL, observed.strip().toLowerCase(Locale.ROOT), VERDICT, v.kind().token());
  }

  /**
   * Every field name this enricher can write, in the order it writes them: for declaring a schema or an index
   * mapping up front.
   *
   * @return the names, immutable
   */
  public List<String> fieldNames() {
    return fieldNames;
  }

  /**
   * The registry the fields come from.
   *
   * @return the registry
   */
  public PortDatabase database() {
    return database;
  }

  /**
   * The side whose port field this enricher writes.
   *
   * @return the side
   */
  public Side side() {
    return side;
  }

  /**
   * The standard whose names this enricher uses where ECS and OpenTelemetry differ.
   *
   * @return the convention
   */
  public Convention convention() {
    return convention;
  }

  /**
   * The namespace of portlore's own fields.
   *
   * @return such as {@code portlore}
   */
  public String namespace() {
    return namespace;
  }

  @Override
  public String toString() {
    return "PortEnricher" + Arrays.asList(side.portField(), convention, namespace, dataVersion);
  }

  private FieldMap cached(int port, Transport transport) {
    Objects.requireNonNull(transport, "transport");
    if (port < 0 || port > Checks.MAX_PORT) {
      Checks.port(port);
    }
    int i = transport.ordinal() << 16 | port;
    FieldMap m = cache.getAcquire(i);
    if (m == null) {
      FieldMap built = build(port, transport);
      // Two threads may build the same answer; the first one stored wins, so callers always see one instance.
      m = cache.compareAndExchange(i, null, built);
      if (m == null) {
        m = built;
      }
    }
    return m;
  }

  private FieldMap build(int port, Transport transport) {
    PortInfo info = database.lookup(port, transport);
    Object[] v = new Object[SLOTS];
    v[PORT] = port;
    v[TRANSPORT] = transport.token();
    if (keys[IANA_NUMBER] != null) {
      v[IANA_NUMBER] = IANA_NUMBERS[transport.ordinal()];
    }
    v[RANGE] = info.range().token();
    String service = info.service(transport).orElse(null);
    v[SERVICE] = service;
    v[STATUS] = status(info.assignments());
    if (service != null) {
      for (Standing s : info.standing()) {
        if (s.service().equalsIgnoreCase(service)) {
          v[STANDING] = s.status().token();
          break;
        }
      }
    }
    List<String> uses = new ArrayList<>();
    for (UnofficialUse u : info.unofficialUses()) {
      addOnce(uses, u.name());
    }
    v[UNOFFICIAL] = listOrNull(uses);
    List<String> threats = new ArrayList<>();
    for (Threat t : info.threats()) {
      addOnce(threats, t.name());
    }
    v[THREATS] = listOrNull(threats);
    List<String> conflicts = new ArrayList<>();
    for (Conflict c : info.conflicts()) {
      addOnce(conflicts, c.type().token());
    }
    v[CONFLICTS] = listOrNull(conflicts);
    List<String> systems = new ArrayList<>();
    for (EphemeralRange r : info.ephemeral()) {
      addOnce(systems, r.system());
    }
    v[EPHEMERAL] = listOrNull(systems);
    v[DATA_VERSION] = dataVersion;
    return new FieldMap(keys, v);
  }

  /** Assigned if any record on the transport assigns, else reserved if any reserves; null without a record. */
  private static String status(List<Assignment> assignments) {
    Assignment.Status best = null;
    for (Assignment a : assignments) {
      Assignment.Status s = a.status();
      if (best == null || s.ordinal() < best.ordinal()) {
        best = s;
      }
    }
    return best == null ? null : best.token();
  }

  private static void addOnce(List<String> list, String value) {
    if (!list.contains(value)) {
      list.add(value);
    }
  }

  private static List<String> listOrNull(List<String> list) {
    return list.isEmpty() ? null : List.copyOf(list);
  }
}
