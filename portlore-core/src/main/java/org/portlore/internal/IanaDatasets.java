package org.portlore.internal;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.portlore.Assignment;
import org.portlore.HistoryEvent;
import org.portlore.ImmutableHistoryEvent;
import org.portlore.DatasetMetadata;
import org.portlore.ImmutableDatasetMetadata;
import org.portlore.ImmutableSource;
import org.portlore.PortDataException;
import org.portlore.PortSpan;
import org.portlore.Source;
import org.portlore.Transport;
import org.portlore.spi.ImmutablePortDataset;
import org.portlore.spi.PortDataset;

/** What the XML and CSV importers share: how IANA's references become sources, and the dataset's counts. */
final class IanaDatasets {
  static final String ATTRIBUTION =
      "IANA Service Name and Transport Protocol Port Number Registry"
          + " (https://www.iana.org/assignments/service-names-port-numbers)";

  private IanaDatasets() {}

  static boolean isUnassigned(String name, String description) {
    return (name == null || name.isEmpty()) && description != null && description.strip().equals("Unassigned");
  }

  private static final Pattern NUMBER = Pattern.compile("\\d{1,5}(-\\d{1,5})?");

  /** Reads IANA's port number: {@code N} or {@code N-M}, 0 to 65535, not reversed. */
  static PortSpan span(String number) {
    if (!NUMBER.matcher(number).matches()) {
      throw new IllegalArgumentException(
          "bad port number '" + Checks.shorten(number) + "' (expected N or N-M, 0 to 65535)");
    }
    int dash = number.indexOf('-');
    return dash < 0
        ? PortSpan.of(Integer.parseInt(number))
        : PortSpan.of(Integer.parseInt(number.substring(0, dash)), Integer.parseInt(number.substring(dash + 1)));
  }

  static Assignment.Status status(String name, boolean unassigned) {
    if (unassigned) {
      return Assignment.Status.UNASSIGNED;
    }
    return name == null || name.isEmpty() ? Assignment.Status.RESERVED : Assignment.Status.ASSIGNED;
  }

  static Source rfcSource(String data) {
    String digits = data.replaceAll("(?i)^rfc", "").strip();
    try {
      return Source.rfc(Integer.parseInt(digits));
    } catch (NumberFormatException e) {
      // IANA sometimes cites a section, such as "rfc6335" with text: keep it verbatim
      return textSource(data);
    }
  }

  static Source draftSource(String data) {
    return ImmutableSource.builder()
        .kind(Source.Kind.DRAFT)
        .reference(data)
        .url("https://datatracker.ietf.org/doc/" + data)
        .build();
  }

  static Source uriSource(String data) {
    if (data.startsWith("http://") || data.startsWith("https://")) {
      return ImmutableSource.builder().kind(Source.Kind.URL).reference(data).url(data).build();
    }
    return textSource(data);
  }

  static Source textSource(String data) {
    return ImmutableSource.builder().kind(Source.Kind.TEXT).reference(data.isBlank() ? "(blank)" : data).build();
  }

  private static final Pattern DEASSIGNED =
      Pattern.compile("(?i)de-?assigned on (\\d{4}-\\d{2}-\\d{2})(?:[.,]\\s*previously ([^\\s]+))?");
  private static final Pattern REPLACEMENT =
      Pattern.compile("IANA assigned this well-formed service name as a replacement for \"([^\"]+)\"");
  private static final Pattern HISTORIC = Pattern.compile("(?i)alias to \"([^\"]+)\".*now historic");
  private static final Pattern PREVIOUSLY = Pattern.compile("(?i)previously assigned to application");

  /**
   * The history IANA keeps in its notes: de-assignments, well-formed replacement names, names made historic, and
   * earlier assignments of a port. Events without a date in the record are left out.
   */
  static List<HistoryEvent> history(List<Assignment> assignments) {
    Map<String, HistoryEvent> events = new LinkedHashMap<>();
    for (Assignment a : assignments) {
      if (a.ports().isEmpty()) {
        continue;
      }
      int port = a.ports().get().first();
      String notes = a.notes().orElse("");
      String service = a.service().orElse(null);
      String label = service == null ? "Reserved" : service;
      Matcher m = DEASSIGNED.matcher(notes);
      // a note is prose: a "date" in it that names no real day is no de-assignment date, and the note stays as is
      if (m.find() && Checks.isPartialDate(m.group(1))) {
        String event =
            "IANA de-assigned port " + port + (m.group(2) != null ? ", previously " + m.group(2) : "") + ".";
        put(events, port, m.group(1), m.group(2), event, label);
        continue;
      }
      String date = a.modified().or(a::registered).orElse(null);
      if (date == null) {
        continue;
      }
      Matcher r = REPLACEMENT.matcher(a.description());
      if (r.find()) {
        put(events, port, date, service,
            "IANA assigned the well-formed service name " + service + " to replace \"" + r.group(1) + "\".", label);
      }
      Matcher h = HISTORIC.matcher(notes.replace('\n', ' '));
      if (h.find()) {
        put(events, port, date, service,
            "IANA made the name " + service + " historic, an alias of " + h.group(1)
                + " that common service discovery cannot use.", label);
      }
      if (PREVIOUSLY.matcher(notes).find()) {
        put(events, port, date, service,
            "IANA's record of " + label + " notes that port " + port + " was previously assigned to another"
                + " application.", label);
      }
    }
    return List.copyOf(events.values());
  }

  private static void put(
      Map<String, HistoryEvent> events, int port, String date, String service, String event, String label) {
    events.computeIfAbsent(
        port + "|" + event,
        k ->
            ImmutableHistoryEvent.builder()
                .port(port)
                .date(date)
                .service(java.util.Optional.ofNullable(service))
                .event(event)
                .addSources(Source.iana(label + " on port " + port))
                .origin("iana")
                .build());
  }

  /** Builds the dataset of an import, with counts that readers and tests can check against IANA's own. */
  static PortDataset build(List<Assignment> assignments, String registryDate, int records, String sourceName) {
    if (registryDate.length() != 10 || !Checks.isPartialDate(registryDate)) {
      throw new PortDataException(
          sourceName, "bad registry date '" + Checks.shorten(registryDate) + "' (expected YYYY-MM-DD)");
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("records", records);
    counts.put("assignments", assignments.size());
    Map<Transport, Set<Integer>> portsByTransport = new EnumMap<>(Transport.class);
    int reserved = 0;
    int withoutPort = 0;
    int unauthorized = 0;
    for (Assignment a : assignments) {
      if (a.status() == Assignment.Status.RESERVED) {
        reserved++;
      }
      if (a.ports().isEmpty()) {
        withoutPort++;
      }
      if (a.unauthorizedUse().isPresent()) {
        unauthorized++;
      }
      if (a.service().isPresent() && a.transport().isPresent() && a.ports().isPresent()) {
        Set<Integer> ports = portsByTransport.computeIfAbsent(a.transport().get(), t -> new HashSet<>());
        for (int p = a.ports().get().first(); p <= a.ports().get().last(); p++) {
          ports.add(p);
        }
      }
    }
    counts.put("reserved", reserved);
    counts.put("serviceNamesWithoutPort", withoutPort);
    counts.put("unauthorizedUse", unauthorized);
    for (Transport t : Transport.values()) {
      counts.put("namedPorts." + t.name().toLowerCase(Locale.ROOT), portsByTransport.getOrDefault(t, Set.of()).size());
    }
    List<HistoryEvent> history = history(assignments);
    counts.put("ianaHistory", history.size());
    DatasetMetadata metadata =
        ImmutableDatasetMetadata.builder()
            .schemaVersion(DatasetMetadata.CURRENT_SCHEMA)
            .dataVersion(registryDate.replace('-', '.'))
            .registryDate(registryDate)
            .buildDate(registryDate)
            .source(ATTRIBUTION + ", registry of " + registryDate)
            .counts(counts)
            .build();
    return ImmutablePortDataset.builder().metadata(metadata).assignments(assignments).history(history).build();
  }
}
