package org.portlore.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.portlore.Assignment;
import org.portlore.Conflict;
import org.portlore.Contact;
import org.portlore.ImmutableConflict;
import org.portlore.Source;
import org.portlore.Threat;
import org.portlore.Transport;
import org.portlore.UnofficialUse;

/**
 * Derives the conflicts of one port from its facts. Nothing here is hand-listed: every conflict follows from the
 * assignments, uses and threats the registry holds. Thread-safe (stateless).
 */
final class Conflicts {
  private Conflicts() {}

  static List<Conflict> detect(
      int port, List<Assignment> assignments, List<UnofficialUse> uses, List<Threat> threats) {
    List<Conflict> out = new ArrayList<>();
    List<Assignment> named = new ArrayList<>(assignments.size());
    for (Assignment a : assignments) {
      if (a.service().isPresent()) {
        named.add(a);
      }
    }

    for (UnofficialUse use : uses) {
      if (use.implementsService().isPresent()) {
        continue;
      }
      List<Assignment> against = overlapping(named, use.transports());
      if (against.isEmpty()) {
        continue;
      }
      List<String> facts = new ArrayList<>(officialFacts(port, against));
      facts.add("documented use: " + use.name() + onTransports(use.transports()) + " — " + use.description());
      List<Source> sources = new ArrayList<>(sourcesOf(against));
      sources.addAll(use.sources());
      out.add(
          conflict(
              port,
              Conflict.Type.UNOFFICIAL_USE,
              transportsOf(against, use.transports()),
              "IANA assigns port " + port + " to " + servicesOf(against) + ", but " + use.name()
                  + " is documented on it",
              facts,
              sources));
    }

    Map<String, List<Assignment>> unauthorized = new LinkedHashMap<>();
    for (Assignment a : assignments) {
      if (a.unauthorizedUse().isPresent()) {
        String service = a.service().orElse("(reserved)");
        List<Assignment> l = unauthorized.get(service);
        if (l == null) {
          l = new ArrayList<>();
          unauthorized.put(service, l);
        }
        l.add(a);
      }
    }
    for (Map.Entry<String, List<Assignment>> e : unauthorized.entrySet()) {
      String service = e.getKey();
      List<Assignment> records = e.getValue();
      List<String> facts = new ArrayList<>(officialFacts(port, records));
      facts.add("IANA reports: " + records.get(0).unauthorizedUse().get());
      out.add(
          conflict(
              port,
              Conflict.Type.UNAUTHORIZED_USE,
              transportsOf(records, List.of()),
              "IANA itself reports unauthorized use of port " + port + ", assigned to " + service,
              facts,
              List.of(Source.iana(service + " on port " + port))));
    }

    if (!threats.isEmpty() && !named.isEmpty()) {
      List<Threat> squatters = new ArrayList<>();
      for (Threat t : threats) {
        if (!overlapping(named, t.transports()).isEmpty()) {
          squatters.add(t);
        }
      }
      if (!squatters.isEmpty()) {
        List<Assignment> against = new ArrayList<>();
        for (Threat t : squatters) {
          for (Assignment a : overlapping(named, t.transports())) {
            if (!against.contains(a)) {
              against.add(a);
            }
          }
        }
        List<String> facts = new ArrayList<>(officialFacts(port, against));
        List<Source> sources = new ArrayList<>(sourcesOf(against));
        Set<String> names = new LinkedHashSet<>();
        for (Threat t : squatters) {
          facts.add("threat: " + t.name() + onTransports(t.transports()) + " (" + t.type() + ")");
          sources.addAll(t.sources());
          names.add(t.name());
        }
        List<Transport> transports = new ArrayList<>();
        for (Threat t : squatters) {
          for (Transport tr : transportsOf(against, t.transports())) {
            if (!transports.contains(tr)) {
              transports.add(tr);
            }
          }
        }
        out.add(
            conflict(
                port,
                Conflict.Type.MALWARE_SQUAT,
                transports,
                "registered port " + port + " (" + servicesOf(against) + ") is used by malware: "
                    + String.join(", ", names),
                facts,
                distinct(sources)));
      }
    }

    Map<Transport, List<Assignment>> byTransport = new LinkedHashMap<>();
    for (Assignment a : named) {
      if (a.transport().isPresent()) {
        List<Assignment> l = byTransport.get(a.transport().get());
        if (l == null) {
          l = new ArrayList<>();
          byTransport.put(a.transport().get(), l);
        }
        l.add(a);
      }
    }
    List<Assignment> tcp = byTransport.getOrDefault(Transport.TCP, List.of());
    List<Assignment> udp = byTransport.getOrDefault(Transport.UDP, List.of());
    if (!tcp.isEmpty() && !udp.isEmpty() && disjoint(tcp, udp)) {
      List<Assignment> both = new ArrayList<>(tcp);
      both.addAll(udp);
      out.add(
          conflict(
              port,
              Conflict.Type.TRANSPORT_MISMATCH,
              List.of(Transport.TCP, Transport.UDP),
              "port " + port + " is " + servicesOf(tcp) + " on TCP but " + servicesOf(udp) + " on UDP",
              officialFacts(port, both),
              sourcesOf(both)));
    }

    for (Map.Entry<Transport, List<Assignment>> e : byTransport.entrySet()) {
      Transport transport = e.getKey();
      List<List<Assignment>> groups = distinctServices(e.getValue());
      if (groups.size() > 1) {
        List<Assignment> firsts = new ArrayList<>(groups.size());
        for (List<Assignment> g : groups) {
          firsts.add(g.get(0));
        }
        out.add(
            conflict(
                port,
                Conflict.Type.MULTIPLE_SERVICES,
                List.of(transport),
                "IANA assigns " + groups.size() + " distinct services to " + transport.token() + "/" + port
                    + ": " + servicesOf(firsts),
                officialFacts(port, firsts),
                sourcesOf(firsts)));
      }
    }
    return List.copyOf(out);
  }

  /** Groups records into distinct services: records whose descriptions agree, or that IANA marks as duplicates, are aliases. */
  private static List<List<Assignment>> distinctServices(List<Assignment> records) {
    List<List<Assignment>> groups = new ArrayList<>();
    for (Assignment a : records) {
      List<Assignment> home = null;
      for (List<Assignment> g : groups) {
        if (aliases(g.get(0), a)) {
          home = g;
          break;
        }
      }
      if (home == null) {
        groups.add(new ArrayList<>(List.of(a)));
      } else {
        home.add(a);
      }
    }
    return groups;
  }

  static boolean aliases(Assignment a, Assignment b) {
    if (a.service().equals(b.service())) {
      return true;
    }
    if (normalize(a.description()).equals(normalize(b.description()))) {
      return true;
    }
    String na = a.notes().orElse("").toLowerCase(Locale.ROOT);
    String nb = b.notes().orElse("").toLowerCase(Locale.ROOT);
    String sa = a.service().orElse("").toLowerCase(Locale.ROOT);
    String sb = b.service().orElse("").toLowerCase(Locale.ROOT);
    return (na.contains("duplicate") || na.contains("alias")) && na.contains("\"" + sb + "\"")
        || (nb.contains("duplicate") || nb.contains("alias")) && nb.contains("\"" + sa + "\"")
        || !na.isEmpty() && na.contains("replacement for \"" + sb)
        || !nb.isEmpty() && nb.contains("replacement for \"" + sa);
  }

  private static boolean disjoint(List<Assignment> tcp, List<Assignment> udp) {
    for (Assignment t : tcp) {
      for (Assignment u : udp) {
        if (aliases(t, u)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Lower-case letters and digits only. */
  private static String normalize(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = Character.toLowerCase(s.charAt(i));
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static List<Assignment> overlapping(List<Assignment> named, List<Transport> transports) {
    if (transports.isEmpty()) {
      return named;
    }
    List<Assignment> out = new ArrayList<>();
    for (Assignment a : named) {
      for (Transport t : transports) {
        if (a.covers(t)) {
          out.add(a);
          break;
        }
      }
    }
    return out;
  }

  private static List<Transport> transportsOf(List<Assignment> records, List<Transport> restrict) {
    Set<Transport> set = EnumSet.noneOf(Transport.class);
    for (Assignment a : records) {
      if (a.transport().isPresent()) {
        set.add(a.transport().get());
      }
    }
    if (!restrict.isEmpty()) {
      set.retainAll(restrict);
    }
    return List.copyOf(set);
  }

  private static List<String> officialFacts(int port, List<Assignment> records) {
    List<String> facts = new ArrayList<>();
    for (Assignment a : records) {
      String who = "";
      if (a.assignee().isPresent()) {
        Contact c = a.assignee().get();
        Optional<String> name = c.organization().isPresent() ? c.organization() : c.name();
        who = name.isPresent() ? " (" + name.get() + ")" : "";
      }
      String transport = a.transport().isPresent() ? a.transport().get().token() : "any";
      facts.add(
          "IANA " + transport + "/" + port + ": "
              + a.service().orElse("reserved") + " — " + a.description() + who);
    }
    return facts;
  }

  private static List<Source> sourcesOf(List<Assignment> records) {
    Set<String> seen = new LinkedHashSet<>();
    for (Assignment a : records) {
      seen.add(a.service().orElse("reserved"));
    }
    List<Source> out = new ArrayList<>();
    for (String s : seen) {
      out.add(Source.iana(s));
    }
    return out;
  }

  private static String servicesOf(List<Assignment> records) {
    Set<String> names = new LinkedHashSet<>();
    for (Assignment a : records) {
      names.add(a.service().orElse("reserved"));
    }
    return String.join(", ", names);
  }

  private static String onTransports(List<Transport> transports) {
    if (transports.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder(" on ");
    for (int i = 0; i < transports.size(); i++) {
      b.append(i == 0 ? "" : "/").append(transports.get(i).token());
    }
    return b.toString();
  }

  private static List<Source> distinct(List<Source> sources) {
    return List.copyOf(new LinkedHashSet<>(sources));
  }

  private static Conflict conflict(
      int port,
      Conflict.Type type,
      List<Transport> transports,
      String description,
      List<String> facts,
      List<Source> sources) {
    return ImmutableConflict.builder()
        .port(port)
        .type(type)
        .transports(transports)
        .description(description)
        .facts(facts)
        .sources(distinct(sources))
        .build();
  }
}
