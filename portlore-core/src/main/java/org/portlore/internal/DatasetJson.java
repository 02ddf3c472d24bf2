package org.portlore.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.portlore.Assignment;
import org.portlore.DatasetMetadata;
import org.portlore.HistoryEvent;
import org.portlore.PortDataException;
import org.portlore.Standing;
import org.portlore.Threat;
import org.portlore.UnofficialUse;
import org.portlore.spi.ImmutablePortDataset;
import org.portlore.spi.PortDataset;

/** portlore's runtime dataset in JSON: one record per line, metadata first. Thread-safe (stateless). */
public final class DatasetJson {
  private DatasetJson() {}

  /**
   * Writes a dataset.
   *
   * @param d the dataset
   * @param header the {@code _generated} note
   * @param out where to write; not closed
   */
  public static void write(PortDataset d, String header, OutputStream out) {
    ObjectMapper m = Json.mapper();
    try {
      Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
      w.write("{\"_generated\":" + m.writeValueAsString(header) + ",\n");
      w.write("\"metadata\":" + m.writeValueAsString(d.metadata()));
      section(w, m, "assignments", d.assignments());
      section(w, m, "unofficialUses", d.unofficialUses());
      section(w, m, "threats", d.threats());
      section(w, m, "history", d.history());
      section(w, m, "standing", d.standing());
      w.write("}\n");
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void section(Writer w, ObjectMapper m, String name, List<?> items) throws IOException {
    w.write(",\n\"" + name + "\":[");
    for (int i = 0; i < items.size(); i++) {
      w.write(i == 0 ? "\n" : ",\n");
      w.write(m.writeValueAsString(items.get(i)));
    }
    w.write(items.isEmpty() ? "]" : "\n]");
  }

  /**
   * Reads a dataset, refusing a schema version other than {@link DatasetMetadata#CURRENT_SCHEMA}.
   *
   * @param in the JSON; not closed
   * @param sourceName a name for messages
   * @return the dataset
   */
  public static PortDataset read(InputStream in, String sourceName) {
    ObjectMapper m = Json.mapper();
    ImmutablePortDataset.Builder b = ImmutablePortDataset.builder();
    boolean sawMetadata = false;
    try (JsonParser p = m.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new PortDataException(sourceName, "expected a JSON object (is this a portlore dataset?)");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "metadata" -> {
            DatasetMetadata md = m.readValue(p, DatasetMetadata.class);
            if (md.schemaVersion() != DatasetMetadata.CURRENT_SCHEMA) {
              throw new PortDataException(
                  sourceName,
                  "dataset schema version "
                      + md.schemaVersion()
                      + " cannot be read by this portlore, which reads schema version "
                      + DatasetMetadata.CURRENT_SCHEMA
                      + " (use the portlore-data version that the portlore-bom pins)");
            }
            b.metadata(md);
            sawMetadata = true;
          }
          case "assignments" -> b.assignments(readArray(p, m, Assignment.class, sawMetadata, sourceName));
          case "unofficialUses" -> b.unofficialUses(readArray(p, m, UnofficialUse.class, sawMetadata, sourceName));
          case "threats" -> b.threats(readArray(p, m, Threat.class, sawMetadata, sourceName));
          case "history" -> b.history(readArray(p, m, HistoryEvent.class, sawMetadata, sourceName));
          case "standing" -> b.standing(readArray(p, m, Standing.class, sawMetadata, sourceName));
          default -> p.skipChildren();
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
        throw new PortDataException(sourceName, "the dataset does not end where it should (truncated or extended?)");
      }
    } catch (PortDataException e) {
      throw e;
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": ";
      throw new PortDataException(sourceName, where + "broken dataset: " + Checks.oneLine(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new PortDataException(sourceName, "cannot read: " + e.getMessage(), e);
    }
    if (!sawMetadata) {
      throw new PortDataException(sourceName, "no metadata (is this a portlore dataset?)");
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new PortDataException(sourceName, "incomplete dataset: " + e.getMessage(), e);
    }
  }

  private static <T> List<T> readArray(
      JsonParser p, ObjectMapper m, Class<T> type, boolean sawMetadata, String sourceName) throws IOException {
    if (!sawMetadata) {
      throw new PortDataException(sourceName, "metadata must come first (is this a portlore dataset?)");
    }
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw new PortDataException(sourceName, "expected an array of " + type.getSimpleName());
    }
    java.util.ArrayList<T> out = new java.util.ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      T item = m.readValue(p, type);
      if (item == null) {
        throw new PortDataException(sourceName, "null in the array of " + type.getSimpleName());
      }
      out.add(item);
    }
    return out;
  }
}
