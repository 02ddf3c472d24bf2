package org.portlore.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.portlore.DatasetMetadata;
import org.portlore.ImmutableDatasetMetadata;
import org.portlore.ImmutableHistoryEvent;
import org.portlore.ImmutableStanding;
import org.portlore.ImmutableThreat;
import org.portlore.ImmutableUnofficialUse;
import org.portlore.PortDataException;
import org.portlore.Source;
import org.portlore.Standing;
import org.portlore.Transport;
import org.portlore.spi.ImmutablePortDataset;
import org.portlore.spi.PortDataset;

/**
 * Reads portlore's curated-facts format: the human-edited lore files of portlore-data and users' overlays (both
 * documented in DATA-FORMAT.md). A file is {@code {"entries": [...]}}, each entry of kind {@code use},
 * {@code threat}, {@code history} or {@code standing}.
 *
 * <p>Any problem fails the whole file with a {@link PortDataException} naming the file, line, column, entry and
 * field. Thread-safe (stateless).
 */
public final class LoreReader {
  private LoreReader() {}

  /**
   * Reads one file of curated facts.
   *
   * @param in the JSON, which this method does not close
   * @param sourceName the file name for messages
   * @param origin the origin every fact will carry ({@code "portlore"} for the bundled data)
   * @return the facts as a dataset without assignments
   * @throws PortDataException if the file is not valid curated-facts JSON
   */
  public static PortDataset read(InputStream in, String sourceName, String origin) {
    ImmutablePortDataset.Builder out = ImmutablePortDataset.builder();
    int entries = 0;
    try (JsonParser p = Json.mapper().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw fail(sourceName, p.currentTokenLocation(), "expected a JSON object {\"entries\": [...]}");
      }
      boolean sawEntries = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (!field.equals("entries")) {
          p.skipChildren();
          continue;
        }
        sawEntries = true;
        if (value != JsonToken.START_ARRAY) {
          throw fail(sourceName, p.currentTokenLocation(), "field 'entries': expected an array");
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
          JsonLocation at = p.currentTokenLocation();
          entries++;
          Entry e;
          try {
            e = Json.mapper().readValue(p, Entry.class);
          } catch (JsonMappingException ex) {
            throw fail(
                sourceName,
                ex.getLocation() != null ? ex.getLocation() : at,
                "entry " + entries + ", field '" + path(ex) + "': " + Checks.oneLine(ex.getOriginalMessage()));
          }
          if (e == null) {
            throw fail(sourceName, at, "entry " + entries + ": expected an object, found null");
          }
          try {
            add(out, e, origin);
          } catch (IllegalArgumentException | IllegalStateException | NullPointerException ex) {
            throw fail(sourceName, at, "entry " + entries + " (port " + e.port + "): " + ex.getMessage());
          }
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT) {
        throw fail(sourceName, p.currentTokenLocation(), "expected the end of the object");
      }
      if (p.nextToken() != null) {
        throw fail(sourceName, p.currentTokenLocation(), "unexpected content after the object");
      }
      if (!sawEntries) {
        throw fail(sourceName, p.currentTokenLocation(), "no 'entries' array (expected {\"entries\": [...]})");
      }
    } catch (PortDataException ex) {
      throw ex;
    } catch (JsonProcessingException ex) {
      throw fail(sourceName, ex.getLocation(), "not valid JSON: " + Checks.oneLine(ex.getOriginalMessage()));
    } catch (IOException ex) {
      throw new PortDataException(sourceName, "cannot read: " + ex.getMessage(), ex);
    }
    return out.metadata(metadata(sourceName, entries)).build();
  }

  private static DatasetMetadata metadata(String sourceName, int entries) {
    return ImmutableDatasetMetadata.builder()
        .schemaVersion(DatasetMetadata.CURRENT_SCHEMA)
        .dataVersion("")
        .registryDate("")
        .buildDate("")
        .source(sourceName)
        .putCounts("entries", entries)
        .build();
  }

  private static void add(ImmutablePortDataset.Builder out, Entry e, String origin) {
    if (e.kind == null) {
      throw new IllegalArgumentException("field 'kind' is missing (expected use, threat, history or standing)");
    }
    if (e.port == null) {
      throw new IllegalArgumentException("field 'port' is missing (expected 0 to 65535)");
    }
    Checks.port(e.port);
    List<Source> sources = sources(e.sources);
    switch (e.kind) {
      case "use" ->
          out.addUnofficialUses(
              ImmutableUnofficialUse.builder()
                  .port(e.port)
                  .name(required(e.name, "name"))
                  .transports(transports(e.transports))
                  .category(e.category == null ? "other" : e.category.strip())
                  .description(required(e.description, "description"))
                  .implementsService(blankToNull(e.implementsService))
                  .sources(sources)
                  .origin(origin)
                  .build());
      case "threat" ->
          out.addThreats(
              ImmutableThreat.builder()
                  .port(e.port)
                  .name(required(e.name, "name"))
                  .aliases(aliases(e.aliases))
                  .type(e.type == null ? "other" : e.type.strip())
                  .transports(transports(e.transports))
                  .firstSeen(blankToNull(e.firstSeen))
                  .lastSeen(blankToNull(e.lastSeen))
                  .description(required(e.description, "description"))
                  .sources(sources)
                  .origin(origin)
                  .build());
      case "history" ->
          out.addHistory(
              ImmutableHistoryEvent.builder()
                  .port(e.port)
                  .date(required(e.date, "date"))
                  .service(blankToNull(e.service))
                  .event(required(e.event, "event"))
                  .sources(sources)
                  .origin(origin)
                  .build());
      case "standing" ->
          out.addStanding(
              ImmutableStanding.builder()
                  .port(e.port)
                  .service(required(e.service, "service"))
                  .status(Standing.Status.parse(required(e.status, "status")))
                  .note(required(e.note, "note"))
                  .sources(sources)
                  .origin(origin)
                  .build());
      default ->
          throw new IllegalArgumentException(
              "field 'kind': unknown kind '"
                  + Checks.shorten(e.kind)
                  + "' (expected use, threat, history or standing)");
    }
  }

  private static List<Source> sources(List<String> raw) {
    if (raw == null || raw.isEmpty()) {
      throw new IllegalArgumentException("field 'sources' is missing or empty (every fact needs a source)");
    }
    List<Source> out = new ArrayList<>(raw.size());
    for (String s : raw) {
      try {
        out.add(Source.parse(s));
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException("field 'sources': " + ex.getMessage(), ex);
      }
    }
    return out;
  }

  private static List<String> aliases(List<String> raw) {
    if (raw == null) {
      return List.of();
    }
    if (raw.contains(null)) {
      throw new IllegalArgumentException("field 'aliases': null in the list (expected names)");
    }
    return raw;
  }

  private static List<Transport> transports(List<String> raw) {
    if (raw == null) {
      return List.of();
    }
    List<Transport> out = new ArrayList<>(raw.size());
    for (String t : raw) {
      try {
        Transport parsed = Transport.parse(t);
        if (!out.contains(parsed)) {
          out.add(parsed);
        }
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException("field 'transports': " + ex.getMessage(), ex);
      }
    }
    return out;
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("field '" + field + "' is missing or blank");
    }
    return value.strip();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String path(JsonMappingException ex) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : ex.getPath()) {
      if (r.getFieldName() != null) {
        b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.length() == 0 ? "?" : b.toString();
  }

  private static PortDataException fail(String sourceName, JsonLocation at, String what) {
    String where =
        at == null || at.getLineNr() < 0 ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
    return new PortDataException(sourceName, where + what);
  }

  /** One entry as written in the file; fields of other kinds stay null. */
  static final class Entry {
    public String kind;
    public Integer port;
    public List<String> transports;
    public String name;
    public String category;
    public String description;

    @JsonProperty("implements")
    public String implementsService;

    public List<String> aliases;
    public String type;
    public String firstSeen;
    public String lastSeen;
    public String date;
    public String service;
    public String event;
    public String status;
    public String note;
    public List<String> sources;
  }
}
