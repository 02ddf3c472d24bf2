package org.portlore.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.portlore.Assignment;
import org.portlore.Conflict;
import org.portlore.HistoryEvent;
import org.portlore.PortInfo;
import org.portlore.SearchHit;
import org.portlore.Source;
import org.portlore.Standing;
import org.portlore.Threat;
import org.portlore.Transport;
import org.portlore.UnofficialUse;

/** Tells a port's story as text that fits 80 columns, with numbered sources. */
final class Render {
  static final int WIDTH = 80;
  private final boolean color;

  Render(boolean color) {
    this.color = color;
  }

  private String bold(String s) {
    return color ? "\u001b[1m" + s + "\u001b[0m" : s;
  }

  private String red(String s) {
    return color ? "\u001b[31m" + s + "\u001b[0m" : s;
  }

  String story(PortInfo p) {
    StringBuilder b = new StringBuilder();
    Map<String, Integer> sources = new LinkedHashMap<>();
    String rangeNames = p.range().token() + " (" + String.join(", ", p.range().commonNames()) + ")";
    b.append(bold("Port " + p.port())).append(" — ").append(rangeNames).append(" port, RFC 6335\n");

    section(b, "Official (IANA)");
    if (p.assignments().isEmpty()) {
      wrap(b, "  ", "No IANA assignment on any transport.");
    }
    for (Assignment a : p.assignments()) {
      String head = a.transport().map(Transport::token).orElse("any") + "  "
          + a.service().orElse(a.status().token()) + " — " + a.description().replace('\n', ' ');
      wrap(b, "  ", head);
      List<String> details = new ArrayList<>();
      a.ports().filter(s -> s.size() > 1).ifPresent(s -> details.add("ports " + s));
      a.assignee().or(a::contact).ifPresent(c -> details.add(
          (a.assignee().isPresent() ? "assignee " : "contact ") + c.organization().or(c::name).orElse(c.id())));
      a.registered().ifPresent(d -> details.add("registered " + d));
      a.modified().ifPresent(d -> details.add("updated " + d));
      if (!a.references().isEmpty()) {
        details.add("refs " + a.references().stream().map(Source::reference).collect(Collectors.joining(", ")));
      }
      if (!details.isEmpty()) {
        wrap(b, "       ", String.join("; ", details));
      }
      a.unauthorizedUse().ifPresent(u -> wrap(b, "       ", red("IANA: " + u)));
      a.notes().ifPresent(n -> wrap(b, "       ", "note: " + n.replace('\n', ' ')));
    }

    if (!p.standing().isEmpty()) {
      section(b, "Standing");
      for (Standing s : p.standing()) {
        wrap(b, "  ", s.service() + ": " + s.status().token() + " — " + s.note() + cite(sources, s.sources()));
      }
    }
    if (!p.unofficialUses().isEmpty()) {
      section(b, "What it is really used for");
      for (UnofficialUse u : p.unofficialUses()) {
        wrap(b, "  ", "- " + u.name() + transports(u.transports())
            + u.implementsService().map(s -> " (implements " + s + ")").orElse("") + " — " + u.description()
            + cite(sources, u.sources()));
      }
    }
    if (!p.history().isEmpty()) {
      section(b, "History");
      for (HistoryEvent h : p.history()) {
        wrap(b, "  ", String.format("%-10s ", h.date()) + h.event() + cite(sources, h.sources()));
      }
    }
    if (!p.threats().isEmpty()) {
      section(b, "Threats");
      for (Threat t : p.threats()) {
        String aka = t.aliases().isEmpty() ? "" : "; aka " + String.join(", ", t.aliases());
        String when = t.firstSeen().map(d -> "; since " + d).orElse("");
        wrap(b, "  ", "- " + red(t.name()) + " (" + t.type() + transports(t.transports()).replace(" (", ", ").replace(")", "")
            + aka + when + ") — " + t.description() + cite(sources, t.sources()));
      }
    }
    if (!p.conflicts().isEmpty()) {
      section(b, "Conflicts");
      for (Conflict c : p.conflicts()) {
        wrap(b, "  ", "! " + c.type().token() + ": " + c.description());
      }
    }
    section(b, "Ephemeral ranges");
    if (p.ephemeral().isEmpty()) {
      wrap(b, "  ", "No common default ephemeral range holds this port.");
    } else {
      wrap(b, "  ", "Held by the default ephemeral range of: " + p.ephemeral().stream()
          .map(r -> r.system() + " (" + r.first() + "-" + r.last() + ")").collect(Collectors.joining(", "))
          + ". A client's outgoing connection may use this port as its local port.");
    }
    section(b, "Advice");
    wrap(b, "  ", advice(p));
    section(b, "What is listening here");
    b.append("  Linux:   ss -ltnup 'sport = :").append(p.port()).append("'\n");
    b.append("  macOS:   lsof -nP -i :").append(p.port()).append('\n');
    b.append("  Windows: netstat -ano | findstr :").append(p.port()).append('\n');
    if (!sources.isEmpty()) {
      section(b, "Sources");
      sources.forEach((ref, n) -> wrap(b, "  ", "[" + n + "] " + ref));
    }
    return b.toString();
  }

  static String advice(PortInfo p) {
    boolean official = p.assignments().stream().anyMatch(a -> a.status() == Assignment.Status.ASSIGNED);
    boolean dead = !p.standing().isEmpty() && p.standing().stream().allMatch(s -> s.status() == Standing.Status.EXTINCT);
    boolean threats = !p.threats().isEmpty();
    if (official && dead) {
      return "The official service is extinct: nothing legitimate is expected here. Something listening is legacy,"
          + " an arbitrary choice, or malware" + (threats ? " (see Threats)" : "") + ": find out which.";
    }
    if (official && threats) {
      return "Expect the official service or a documented use; malware is also known here. Check the process"
          + " that listens.";
    }
    if (official) {
      return "Expect the official service" + (p.unofficialUses().isEmpty() ? "." : " or one of the documented uses.");
    }
    if (!p.unofficialUses().isEmpty()) {
      return "No IANA assignment; expect one of the documented uses" + (threats ? ", but malware is known here too." : ".");
    }
    if (threats) {
      return "No IANA assignment and no documented legitimate use, but malware is known here: treat a listener as"
          + " suspect until explained.";
    }
    return "Nothing is known of this port: a listener here is an arbitrary choice; find out which program it is.";
  }

  private static String transports(List<Transport> ts) {
    return ts.isEmpty() ? "" : " (" + ts.stream().map(Transport::token).collect(Collectors.joining("/")) + ")";
  }

  private static String cite(Map<String, Integer> sources, List<Source> list) {
    StringBuilder b = new StringBuilder();
    for (Source s : list) {
      String ref = s.url().filter(u -> !u.equals(s.reference())).map(u -> s.reference() + " " + u).orElse(s.reference());
      int n = sources.computeIfAbsent(ref, k -> sources.size() + 1);
      b.append(" [").append(n).append(']');
    }
    return b.toString();
  }

  private void section(StringBuilder b, String title) {
    b.append('\n').append(bold(title)).append('\n');
  }

  /** Wraps text to {@link #WIDTH} columns, continuing lines under the first character after the indent. */
  static void wrap(StringBuilder b, String indent, String text) {
    int width = WIDTH - indent.length();
    String rest = text.strip();
    boolean first = true;
    while (!rest.isEmpty()) {
      String pad = first ? indent : indent + "  ";
      int w = first ? width : width - 2;
      if (visible(rest) <= w) {
        b.append(pad).append(rest).append('\n');
        break;
      }
      int cut = cutAt(rest, w);
      b.append(pad).append(rest, 0, cut).append('\n');
      rest = rest.substring(cut).strip();
      first = false;
    }
  }

  private static int visible(String s) {
    return s.replaceAll("\u001b\\[[0-9;]*m", "").length();
  }

  private static int cutAt(String s, int w) {
    int count = 0;
    int lastSpace = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u001b') {
        int m = s.indexOf('m', i);
        if (m > 0) {
          i = m;
          continue;
        }
      }
      if (c == ' ') {
        lastSpace = i;
      }
      if (++count > w) {
        return lastSpace > 0 ? lastSpace : i;
      }
    }
    return s.length();
  }

  static String hit(SearchHit h) {
    String port = h.port().map(String::valueOf).orElse("-");
    String line = String.format("%-6s %-15s %s: %s", port, h.kind(), h.name(), h.text().replace('\n', ' '));
    return line.length() > WIDTH ? line.substring(0, WIDTH - 3) + "..." : line;
  }

  static String conflictLine(Conflict c) {
    String line = String.format("%-6d %-19s %s", c.port(), c.type().token(), c.description());
    return line.length() > WIDTH ? line.substring(0, WIDTH - 3) + "..." : line;
  }

}
