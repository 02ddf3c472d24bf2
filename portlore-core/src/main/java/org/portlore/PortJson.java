package org.portlore;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes portlore's answers in their documented JSON form, by hand and without Jackson: the same text, key for key
 * and character for character, as Jackson's serialization of the model (keys in the documented order, absent
 * optional values left out, lists always present, enum values as their lower-case tokens), at a fraction of the
 * cost. For the answer of a port, {@link PortInfo#toJson()} keeps the text once written.
 *
 * <p>Strings are escaped as Jackson escapes them: {@code "} and {@code \}, the short escapes {@code \b \t \n \f
 * \r}, and {@code \}{@code u00XX} for the other control characters; everything else, non-ASCII included, is written
 * as is. Thread-safe: each thread writes into a buffer of its own, kept between calls (up to 64 kB).
 */
public final class PortJson {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  /** A buffer per thread, so that writing does not grow a new builder each time. */
  private static final ThreadLocal<StringBuilder> BUFFER = ThreadLocal.withInitial(() -> new StringBuilder(8192));
  /** A buffer that grew past this for one huge answer is not kept. */
  private static final int MAX_KEPT_BUFFER = 1 << 16;

  private PortJson() {}

  /**
   * The JSON of a port's answer.
   *
   * @param info the answer
   * @return the JSON object, on one line
   * @throws NullPointerException if {@code info} is null
   */
  public static String toJson(PortInfo info) {
    Objects.requireNonNull(info, "info");
    StringBuilder b = BUFFER.get();
    if (b.capacity() > MAX_KEPT_BUFFER) {
      b = new StringBuilder(1024);
      BUFFER.set(b);
    }
    b.setLength(0);
    write(info, b);
    return b.toString();
  }

  /**
   * The JSON of a conflict.
   *
   * @param conflict the conflict
   * @return the JSON object, on one line
   * @throws NullPointerException if {@code conflict} is null
   */
  public static String toJson(Conflict conflict) {
    StringBuilder b = new StringBuilder(512);
    conflict(Objects.requireNonNull(conflict, "conflict"), b);
    return b.toString();
  }

  /**
   * The JSON of a verdict.
   *
   * @param verdict the verdict
   * @return the JSON object, on one line
   * @throws NullPointerException if {@code verdict} is null
   */
  public static String toJson(Verdict verdict) {
    Objects.requireNonNull(verdict, "verdict");
    StringBuilder b = new StringBuilder(512);
    b.append("{\"port\":").append(verdict.port());
    b.append(",\"transport\":");
    string(verdict.transport().token(), b);
    b.append(",\"observed\":");
    string(verdict.observed(), b);
    b.append(",\"kind\":");
    string(verdict.kind().token(), b);
    b.append(",\"explanation\":");
    string(verdict.explanation(), b);
    b.append(",\"assignments\":[");
    for (int i = 0; i < verdict.assignments().size(); i++) {
      comma(i, b);
      assignment(verdict.assignments().get(i), b);
    }
    b.append("],\"unofficialUses\":[");
    for (int i = 0; i < verdict.unofficialUses().size(); i++) {
      comma(i, b);
      use(verdict.unofficialUses().get(i), b);
    }
    b.append("],\"threats\":[");
    for (int i = 0; i < verdict.threats().size(); i++) {
      comma(i, b);
      threat(verdict.threats().get(i), b);
    }
    return b.append("]}").toString();
  }

  /**
   * Appends the JSON of a port's answer.
   *
   * @param info the answer
   * @param b where to append
   * @throws NullPointerException if an argument is null
   */
  public static void write(PortInfo info, StringBuilder b) {
    b.append("{\"port\":").append(info.port()).append(",\"range\":");
    string(info.range().token(), b);
    b.append(",\"assignments\":[");
    List<Assignment> assignments = info.assignments();
    for (int i = 0; i < assignments.size(); i++) {
      comma(i, b);
      assignment(assignments.get(i), b);
    }
    b.append("],\"unofficialUses\":[");
    List<UnofficialUse> uses = info.unofficialUses();
    for (int i = 0; i < uses.size(); i++) {
      comma(i, b);
      use(uses.get(i), b);
    }
    b.append("],\"threats\":[");
    List<Threat> threats = info.threats();
    for (int i = 0; i < threats.size(); i++) {
      comma(i, b);
      threat(threats.get(i), b);
    }
    b.append("],\"history\":[");
    List<HistoryEvent> history = info.history();
    for (int i = 0; i < history.size(); i++) {
      comma(i, b);
      HistoryEvent h = history.get(i);
      b.append("{\"port\":").append(h.port()).append(",\"date\":");
      string(h.date(), b);
      optional("service", h.service(), b);
      b.append(",\"event\":");
      string(h.event(), b);
      curated(h, b);
    }
    b.append("],\"standing\":[");
    List<Standing> standing = info.standing();
    for (int i = 0; i < standing.size(); i++) {
      comma(i, b);
      Standing s = standing.get(i);
      b.append("{\"port\":").append(s.port()).append(",\"service\":");
      string(s.service(), b);
      b.append(",\"status\":");
      string(s.status().token(), b);
      b.append(",\"note\":");
      string(s.note(), b);
      curated(s, b);
    }
    b.append("],\"conflicts\":[");
    List<Conflict> conflicts = info.conflicts();
    for (int i = 0; i < conflicts.size(); i++) {
      comma(i, b);
      conflict(conflicts.get(i), b);
    }
    b.append("],\"ephemeral\":[");
    List<EphemeralRange> ephemeral = info.ephemeral();
    for (int i = 0; i < ephemeral.size(); i++) {
      comma(i, b);
      EphemeralRange r = ephemeral.get(i);
      b.append("{\"system\":");
      string(r.system(), b);
      b.append(",\"first\":").append(r.first()).append(",\"last\":").append(r.last()).append(",\"note\":");
      string(r.note(), b);
      b.append('}');
    }
    b.append("]}");
  }

  private static void assignment(Assignment a, StringBuilder b) {
    b.append('{');
    boolean first = true;
    if (a.service().isPresent()) {
      b.append("\"service\":");
      string(a.service().get(), b);
      first = false;
    }
    if (a.transport().isPresent()) {
      b.append(first ? "\"transport\":" : ",\"transport\":");
      string(a.transport().get().token(), b);
      first = false;
    }
    if (a.ports().isPresent()) {
      b.append(first ? "\"ports\":" : ",\"ports\":");
      b.append("{\"first\":").append(a.ports().get().first()).append(",\"last\":").append(a.ports().get().last())
          .append('}');
      first = false;
    }
    b.append(first ? "\"status\":" : ",\"status\":");
    string(a.status().token(), b);
    b.append(",\"description\":");
    string(a.description(), b);
    if (a.assignee().isPresent()) {
      b.append(",\"assignee\":");
      contact(a.assignee().get(), b);
    }
    if (a.contact().isPresent()) {
      b.append(",\"contact\":");
      contact(a.contact().get(), b);
    }
    optional("registered", a.registered(), b);
    optional("modified", a.modified(), b);
    b.append(",\"references\":");
    sources(a.references(), b);
    optional("notes", a.notes(), b);
    optional("unauthorizedUse", a.unauthorizedUse(), b);
    if (a.serviceCode().isPresent()) {
      b.append(",\"serviceCode\":").append(a.serviceCode().get().longValue());
    }
    b.append('}');
  }

  private static void contact(Contact c, StringBuilder b) {
    b.append("{\"id\":");
    string(c.id(), b);
    optional("name", c.name(), b);
    optional("organization", c.organization(), b);
    optional("email", c.email(), b);
    optional("uri", c.uri(), b);
    optional("updated", c.updated(), b);
    b.append('}');
  }

  private static void use(UnofficialUse u, StringBuilder b) {
    b.append("{\"port\":").append(u.port()).append(",\"name\":");
    string(u.name(), b);
    b.append(",\"transports\":");
    transports(u.transports(), b);
    b.append(",\"category\":");
    string(u.category(), b);
    b.append(",\"description\":");
    string(u.description(), b);
    optional("implements", u.implementsService(), b);
    curated(u, b);
  }

  private static void threat(Threat t, StringBuilder b) {
    b.append("{\"port\":").append(t.port()).append(",\"name\":");
    string(t.name(), b);
    b.append(",\"aliases\":[");
    for (int i = 0; i < t.aliases().size(); i++) {
      comma(i, b);
      string(t.aliases().get(i), b);
    }
    b.append("],\"type\":");
    string(t.type(), b);
    b.append(",\"transports\":");
    transports(t.transports(), b);
    optional("firstSeen", t.firstSeen(), b);
    optional("lastSeen", t.lastSeen(), b);
    b.append(",\"description\":");
    string(t.description(), b);
    curated(t, b);
  }

  private static void conflict(Conflict c, StringBuilder b) {
    b.append("{\"port\":").append(c.port()).append(",\"type\":");
    string(c.type().token(), b);
    b.append(",\"transports\":");
    transports(c.transports(), b);
    b.append(",\"description\":");
    string(c.description(), b);
    b.append(",\"facts\":[");
    for (int i = 0; i < c.facts().size(); i++) {
      comma(i, b);
      string(c.facts().get(i), b);
    }
    b.append("],\"sources\":");
    sources(c.sources(), b);
    b.append('}');
  }

  /** The sources and origin of a curated fact, and the fact's closing brace. */
  private static void curated(Curated c, StringBuilder b) {
    b.append(",\"sources\":");
    sources(c.sources(), b);
    b.append(",\"origin\":");
    string(c.origin(), b);
    b.append('}');
  }

  private static void sources(List<Source> sources, StringBuilder b) {
    b.append('[');
    for (int i = 0; i < sources.size(); i++) {
      comma(i, b);
      Source s = sources.get(i);
      b.append("{\"kind\":");
      string(s.kind().token(), b);
      b.append(",\"reference\":");
      string(s.reference(), b);
      optional("url", s.url(), b);
      b.append('}');
    }
    b.append(']');
  }

  private static void transports(List<Transport> transports, StringBuilder b) {
    b.append('[');
    for (int i = 0; i < transports.size(); i++) {
      comma(i, b);
      b.append('"').append(transports.get(i).token()).append('"');
    }
    b.append(']');
  }

  private static void optional(String key, Optional<String> value, StringBuilder b) {
    if (value.isPresent()) {
      b.append(",\"").append(key).append("\":");
      string(value.get(), b);
    }
  }

  private static void comma(int i, StringBuilder b) {
    if (i > 0) {
      b.append(',');
    }
  }

  /** A JSON string, escaped as Jackson escapes it. */
  static void string(String s, StringBuilder b) {
    b.append('"');
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\') {
        break;
      }
      i++;
    }
    if (i == n) {
      // The common case, nothing to escape: one bulk copy.
      b.append(s).append('"');
      return;
    }
    int start = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      b.append(s, start, i);
      start = i + 1;
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\b' -> b.append("\\b");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\f' -> b.append("\\f");
        case '\r' -> b.append("\\r");
        default -> b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    b.append(s, start, n).append('"');
  }
}
