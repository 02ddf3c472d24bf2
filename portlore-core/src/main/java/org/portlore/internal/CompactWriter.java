package org.portlore.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.portlore.Assignment;
import org.portlore.Contact;
import org.portlore.Curated;
import org.portlore.DatasetMetadata;
import org.portlore.HistoryEvent;
import org.portlore.Source;
import org.portlore.Standing;
import org.portlore.Threat;
import org.portlore.Transport;
import org.portlore.UnofficialUse;
import org.portlore.spi.PortDataset;

/**
 * Compiles a dataset into portlore's compact runtime form, which {@link CompactData} reads port by port without
 * parsing the whole. The same dataset always gives the same bytes.
 *
 * <p>Layout (big-endian; {@code str} is an index into the string table or -1 for absent):
 *
 * <pre>
 * header   magic "PLCF", u16 format version, u16 schema version, i32 body length, i32 CRC32C of the body
 * strings  i32 n, i32[n + 1] offsets into the UTF-8 bytes that follow, the bytes
 * metadata i32 schema, str dataVersion, registryDate, buildDate, source, i32 n, (str key, i32 value)[n]
 * sources  i32 n, (u8 kind, str reference, str url)[n]
 * contacts i32 n, (str id, name, organization, email, uri, updated)[n]
 * 5 tables (assignments, uses, threats, history, standing): i32 n, i32 length of the records, i32[n] record
 *          offsets, the records
 * ports    i32[65536] offsets of port blocks (0: nothing known); each block: u16 counts of the five kinds, then the
 *          record numbers of each kind (history in date order)
 * </pre>
 *
 * Not thread-safe; use one writer per compilation.
 */
public final class CompactWriter {
  static final int MAGIC = 0x504C4346; // "PLCF"
  static final int FORMAT = 1;
  static final int HEADER = 16;
  static final int PORTS = Checks.MAX_PORT + 1;
  static final int NONE = -1;
  static final int NO_TRANSPORT = 0xFF;

  private final Map<String, Integer> strings = new HashMap<>();
  private final List<String> stringList = new ArrayList<>();
  private final Map<Source, Integer> sources = new HashMap<>();
  private final List<Source> sourceList = new ArrayList<>();
  private final Map<Contact, Integer> contacts = new HashMap<>();
  private final List<Contact> contactList = new ArrayList<>();

  private CompactWriter() {}

  /**
   * Compiles a dataset.
   *
   * @param dataset the dataset
   * @return its compact form
   */
  public static byte[] compile(PortDataset dataset) {
    return new CompactWriter().write(dataset);
  }

  private byte[] write(PortDataset d) {
    // Records first, so that every string, source and contact has its number before the tables are written.
    byte[] metadata = metadata(d.metadata());
    byte[] assignments = table(d.assignments(), this::assignment);
    byte[] uses = table(d.unofficialUses(), this::use);
    byte[] threats = table(d.threats(), this::threat);
    byte[] history = table(d.history(), this::event);
    byte[] standing = table(d.standing(), this::standing);
    byte[] sourceTable = bytes(out -> {
      out.writeInt(sourceList.size());
      for (Source s : sourceList) {
        out.writeByte(s.kind().ordinal());
        out.writeInt(str(s.reference()));
        out.writeInt(str(s.url()));
      }
    });
    byte[] contactTable = bytes(out -> {
      out.writeInt(contactList.size());
      for (Contact c : contactList) {
        out.writeInt(str(c.id()));
        out.writeInt(str(c.name()));
        out.writeInt(str(c.organization()));
        out.writeInt(str(c.email()));
        out.writeInt(str(c.uri()));
        out.writeInt(str(c.updated()));
      }
    });
    byte[] stringTable = bytes(out -> {
      List<byte[]> utf8 = new ArrayList<>(stringList.size());
      for (String s : stringList) {
        utf8.add(s.getBytes(StandardCharsets.UTF_8));
      }
      out.writeInt(utf8.size());
      int offset = 0;
      out.writeInt(0);
      for (byte[] b : utf8) {
        offset += b.length;
        out.writeInt(offset);
      }
      for (byte[] b : utf8) {
        out.write(b);
      }
    });
    int before =
        HEADER + stringTable.length + metadata.length + sourceTable.length + contactTable.length
            + assignments.length + uses.length + threats.length + history.length + standing.length;
    byte[] ports = ports(d, before);
    byte[] body = concat(stringTable, metadata, sourceTable, contactTable, assignments, uses, threats, history,
        standing, ports);
    CRC32C crc = new CRC32C();
    crc.update(body);
    return bytes(out -> {
      out.writeInt(MAGIC);
      out.writeShort(FORMAT);
      out.writeShort(d.metadata().schemaVersion());
      out.writeInt(body.length);
      out.writeInt((int) crc.getValue());
      out.write(body);
    });
  }

  private byte[] ports(PortDataset d, int base) {
    List<List<Integer>>[] kinds = perPort(d);
    int tableSize = 4 * PORTS;
    ByteArrayOutputStream blocks = new ByteArrayOutputStream();
    int[] offsets = new int[PORTS];
    DataOutputStream out = new DataOutputStream(blocks);
    try {
      for (int p = 0; p < PORTS; p++) {
        boolean any = false;
        for (List<List<Integer>> kind : kinds) {
          any |= kind.get(p) != null;
        }
        if (!any) {
          continue;
        }
        offsets[p] = base + tableSize + out.size();
        for (List<List<Integer>> kind : kinds) {
          List<Integer> ids = kind.get(p);
          int n = ids == null ? 0 : ids.size();
          if (n > 0xFFFF) {
            throw new IllegalArgumentException("port " + p + " has " + n + " records of one kind (at most 65535 fit)");
          }
          out.writeShort(n);
        }
        for (List<List<Integer>> kind : kinds) {
          List<Integer> ids = kind.get(p);
          if (ids != null) {
            for (int id : ids) {
              out.writeInt(id);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes(o -> {
      for (int off : offsets) {
        o.writeInt(off);
      }
      o.write(blocks.toByteArray());
    });
  }

  @SuppressWarnings("unchecked")
  private static List<List<Integer>>[] perPort(PortDataset d) {
    List<List<Integer>>[] kinds = new List[5];
    for (int k = 0; k < kinds.length; k++) {
      kinds[k] = new ArrayList<>(PORTS);
      for (int p = 0; p < PORTS; p++) {
        kinds[k].add(null);
      }
    }
    List<Assignment> as = d.assignments();
    for (int i = 0; i < as.size(); i++) {
      Optional<org.portlore.PortSpan> span = as.get(i).ports();
      if (span.isPresent()) {
        for (int p = span.get().first(); p <= span.get().last(); p++) {
          add(kinds[0], p, i);
        }
      }
    }
    addCurated(kinds[1], d.unofficialUses());
    addCurated(kinds[2], d.threats());
    addCurated(kinds[3], d.history());
    addCurated(kinds[4], d.standing());
    // History reads in date order; the sort is stable, so events of one date keep the dataset's order.
    List<HistoryEvent> events = d.history();
    for (List<Integer> ids : kinds[3]) {
      if (ids != null) {
        ids.sort(Comparator.comparing(i -> events.get(i).date()));
      }
    }
    return kinds;
  }

  private static void addCurated(List<List<Integer>> kind, List<? extends Curated> facts) {
    for (int i = 0; i < facts.size(); i++) {
      add(kind, facts.get(i).port(), i);
    }
  }

  private static void add(List<List<Integer>> kind, int port, int id) {
    List<Integer> ids = kind.get(port);
    if (ids == null) {
      ids = new ArrayList<>(2);
      kind.set(port, ids);
    }
    ids.add(id);
  }

  private byte[] metadata(DatasetMetadata m) {
    return bytes(out -> {
      out.writeInt(m.schemaVersion());
      out.writeInt(str(m.dataVersion()));
      out.writeInt(str(m.registryDate()));
      out.writeInt(str(m.buildDate()));
      out.writeInt(str(m.source()));
      out.writeInt(m.counts().size());
      for (Map.Entry<String, Integer> e : m.counts().entrySet()) {
        out.writeInt(str(e.getKey()));
        out.writeInt(e.getValue());
      }
    });
  }

  private void assignment(Assignment a, DataOutputStream out) throws IOException {
    out.writeInt(str(a.service()));
    out.writeByte(a.transport().map(Transport::ordinal).orElse(NO_TRANSPORT));
    out.writeInt(a.ports().map(org.portlore.PortSpan::first).orElse(NONE));
    out.writeInt(a.ports().map(org.portlore.PortSpan::last).orElse(NONE));
    out.writeByte(a.status().ordinal());
    out.writeInt(str(a.description()));
    out.writeInt(a.assignee().map(this::contact).orElse(NONE));
    out.writeInt(a.contact().map(this::contact).orElse(NONE));
    out.writeInt(str(a.registered()));
    out.writeInt(str(a.modified()));
    sources(a.references(), out);
    out.writeInt(str(a.notes()));
    out.writeInt(str(a.unauthorizedUse()));
    out.writeBoolean(a.serviceCode().isPresent());
    if (a.serviceCode().isPresent()) {
      out.writeLong(a.serviceCode().get());
    }
  }

  private void use(UnofficialUse u, DataOutputStream out) throws IOException {
    out.writeInt(u.port());
    out.writeInt(str(u.name()));
    transports(u.transports(), out);
    out.writeInt(str(u.category()));
    out.writeInt(str(u.description()));
    out.writeInt(str(u.implementsService()));
    curated(u, out);
  }

  private void threat(Threat t, DataOutputStream out) throws IOException {
    out.writeInt(t.port());
    out.writeInt(str(t.name()));
    out.writeShort(t.aliases().size());
    for (String a : t.aliases()) {
      out.writeInt(str(a));
    }
    out.writeInt(str(t.type()));
    transports(t.transports(), out);
    out.writeInt(str(t.firstSeen()));
    out.writeInt(str(t.lastSeen()));
    out.writeInt(str(t.description()));
    curated(t, out);
  }

  private void event(HistoryEvent h, DataOutputStream out) throws IOException {
    out.writeInt(h.port());
    out.writeInt(str(h.date()));
    out.writeInt(str(h.service()));
    out.writeInt(str(h.event()));
    curated(h, out);
  }

  private void standing(Standing s, DataOutputStream out) throws IOException {
    out.writeInt(s.port());
    out.writeInt(str(s.service()));
    out.writeByte(s.status().ordinal());
    out.writeInt(str(s.note()));
    curated(s, out);
  }

  private void curated(Curated c, DataOutputStream out) throws IOException {
    sources(c.sources(), out);
    out.writeInt(str(c.origin()));
  }

  private void sources(List<Source> list, DataOutputStream out) throws IOException {
    out.writeShort(list.size());
    for (Source s : list) {
      out.writeInt(sources.computeIfAbsent(s, k -> {
        sourceList.add(k);
        return sourceList.size() - 1;
      }));
    }
  }

  private static void transports(List<Transport> list, DataOutputStream out) throws IOException {
    out.writeByte(list.size());
    for (Transport t : list) {
      out.writeByte(t.ordinal());
    }
  }

  private int contact(Contact c) {
    return contacts.computeIfAbsent(c, k -> {
      contactList.add(k);
      return contactList.size() - 1;
    });
  }

  private int str(Optional<String> s) {
    return s.isPresent() ? str(s.get()) : NONE;
  }

  private int str(String s) {
    return strings.computeIfAbsent(s, k -> {
      stringList.add(k);
      return stringList.size() - 1;
    });
  }

  private interface RecordWriter<T> {
    void write(T record, DataOutputStream out) throws IOException;
  }

  private interface Body {
    void write(DataOutputStream out) throws IOException;
  }

  private static <T> byte[] table(List<T> records, RecordWriter<T> writer) {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(data);
    int[] offsets = new int[records.size()];
    try {
      for (int i = 0; i < records.size(); i++) {
        offsets[i] = out.size();
        writer.write(records.get(i), out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Offsets are relative to the first record; the reader adds the table's position.
    return bytes(o -> {
      o.writeInt(records.size());
      o.writeInt(data.size());
      for (int off : offsets) {
        o.writeInt(off);
      }
      o.write(data.toByteArray());
    });
  }

  private static byte[] bytes(Body body) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(b)) {
      body.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
