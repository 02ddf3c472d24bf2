package org.portlore.internal;

import static org.portlore.internal.CompactWriter.FORMAT;
import static org.portlore.internal.CompactWriter.HEADER;
import static org.portlore.internal.CompactWriter.MAGIC;
import static org.portlore.internal.CompactWriter.NONE;
import static org.portlore.internal.CompactWriter.NO_TRANSPORT;
import static org.portlore.internal.CompactWriter.PORTS;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.portlore.Assignment;
import org.portlore.Contact;
import org.portlore.DatasetMetadata;
import org.portlore.HistoryEvent;
import org.portlore.ImmutableAssignment;
import org.portlore.ImmutableContact;
import org.portlore.ImmutableDatasetMetadata;
import org.portlore.ImmutableHistoryEvent;
import org.portlore.ImmutableSource;
import org.portlore.ImmutableStanding;
import org.portlore.ImmutableThreat;
import org.portlore.ImmutableUnofficialUse;
import org.portlore.PortDataException;
import org.portlore.PortSpan;
import org.portlore.Source;
import org.portlore.Standing;
import org.portlore.Threat;
import org.portlore.Transport;
import org.portlore.UnofficialUse;
import org.portlore.spi.ImmutablePortDataset;
import org.portlore.spi.PortDataset;

/**
 * Reads portlore's compact runtime form (see {@link CompactWriter}) lazily: opening checks the header, the checksum
 * and where every section lies, and decodes only the metadata; records are decoded when a port that holds them is
 * asked for. Strings, sources, contacts and assignments are decoded once and shared.
 *
 * <p>Thread-safe: the bytes are never written after opening, and the decode caches are filled racily with
 * immutable values (a race costs a duplicate decode, never a wrong answer).
 */
public final class CompactData {
  private static final Transport[] TRANSPORTS = Transport.values();
  private static final Source.Kind[] KINDS = Source.Kind.values();
  private static final Assignment.Status[] STATUSES = Assignment.Status.values();
  private static final Standing.Status[] STANDINGS = Standing.Status.values();

  private final String where;
  private final ByteBuffer buf;
  private final DatasetMetadata metadata;
  private final int stringCount;
  private final int stringOffsets;
  private final int stringBytes;
  private final int sourceCount;
  private final int sourceTable;
  private final int contactCount;
  private final int contactTable;
  private final Table assignments;
  private final Table uses;
  private final Table threats;
  private final Table history;
  private final Table standing;
  private final int ports;
  private final String[] stringCache;
  private final Source[] sourceCache;
  private final Contact[] contactCache;
  private final Assignment[] assignmentCache;

  /** A table of variable-length records: their count, where their offsets are, and where the records start. */
  private record Table(int count, int offsets, int records, int length) {
    int end() {
      return records + length;
    }
  }

  private CompactData(byte[] bytes, String where) {
    this.where = where;
    this.buf = ByteBuffer.wrap(bytes).asReadOnlyBuffer();
    if (bytes.length < HEADER || buf.getInt(0) != MAGIC) {
      throw fail("not portlore compact data (no PLCF header)");
    }
    int format = buf.getShort(4) & 0xFFFF;
    if (format != FORMAT) {
      throw fail("compact format " + format + ", but this portlore reads format " + FORMAT
          + " (use the portlore-data version that the portlore-bom of this portlore pins)");
    }
    int schema = buf.getShort(6) & 0xFFFF;
    if (schema != DatasetMetadata.CURRENT_SCHEMA) {
      throw fail("schema version " + schema + ", but this portlore reads schema " + DatasetMetadata.CURRENT_SCHEMA
          + " (use the portlore-data version that the portlore-bom of this portlore pins)");
    }
    int length = buf.getInt(8);
    if (length != bytes.length - HEADER) {
      throw fail("truncated or padded: the header says " + length + " bytes of body, found " + (bytes.length - HEADER));
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes, HEADER, length);
    if ((int) crc.getValue() != buf.getInt(12)) {
      throw fail("checksum mismatch: the compact data is damaged (reinstall the jar or file it came from, or compile"
          + " it again with DataFormats.compile)");
    }
    try {
      int at = HEADER;
      stringCount = count(at, 4);
      stringOffsets = at + 4;
      stringBytes = stringOffsets + 4 * (stringCount + 1);
      at = stringBytes + within(buf.getInt(stringOffsets + 4 * stringCount), bytes.length - stringBytes);
      int metadataAt = at;
      at += 20;
      at += 8 * count(at, 8) + 4;
      int metadataEnd = at;
      sourceCount = count(at, 9);
      sourceTable = at + 4;
      at = sourceTable + 9 * sourceCount;
      contactCount = count(at, 24);
      contactTable = at + 4;
      at = contactTable + 24 * contactCount;
      assignments = table(at);
      uses = table(assignments.end());
      threats = table(uses.end());
      history = table(threats.end());
      standing = table(history.end());
      ports = standing.end();
      within(ports + 4 * PORTS, bytes.length);
      stringCache = new String[stringCount];
      sourceCache = new Source[sourceCount];
      contactCache = new Contact[contactCount];
      assignmentCache = new Assignment[assignments.count];
      this.metadata = metadata(metadataAt, metadataEnd);
    } catch (IndexOutOfBoundsException | BufferUnderflowException | IllegalArgumentException e) {
      throw fail("damaged layout: " + e.getMessage() + " (reinstall the jar or file it came from, or compile it again"
          + " with DataFormats.compile)");
    }
  }

  /**
   * Opens compact data, checking its header, schema, checksum and layout.
   *
   * @param bytes the compact form; kept, not copied: the caller must not change it
   * @param where what the bytes are, for messages
   * @return the data
   * @throws PortDataException if the bytes are not compact data this portlore reads, or are damaged
   */
  public static CompactData open(byte[] bytes, String where) {
    return new CompactData(bytes, where);
  }

  private PortDataException fail(String what) {
    return new PortDataException(where, what);
  }

  /** Reads a count at {@code at} and checks that that many entries of {@code size} bytes fit after it. */
  private int count(int at, int size) {
    int n = buf.getInt(at);
    if (n < 0 || (long) n * size > buf.capacity() - at - 4L) {
      throw new IllegalArgumentException("count " + n + " at byte " + at + " does not fit");
    }
    return n;
  }

  private static int within(int value, int limit) {
    if (value < 0 || value > limit) {
      throw new IllegalArgumentException("offset " + value + " outside 0-" + limit);
    }
    return value;
  }

  private Table table(int at) {
    int n = count(at, 4);
    int records = at + 8 + 4 * n;
    int length = within(buf.getInt(at + 4), buf.capacity() - records);
    return new Table(n, at + 8, records, length);
  }

  private DatasetMetadata metadata(int at, int end) {
    ImmutableDatasetMetadata.Builder b =
        ImmutableDatasetMetadata.builder()
            .schemaVersion(buf.getInt(at))
            .dataVersion(string(buf.getInt(at + 4)))
            .registryDate(string(buf.getInt(at + 8)))
            .buildDate(string(buf.getInt(at + 12)))
            .source(string(buf.getInt(at + 16)));
    int n = buf.getInt(at + 20);
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int i = 0, p = at + 24; i < n && p < end; i++, p += 8) {
      counts.put(string(buf.getInt(p)), buf.getInt(p + 4));
    }
    return b.counts(counts).build();
  }

  /**
   * The metadata.
   *
   * @return the metadata
   */
  public DatasetMetadata metadata() {
    return metadata;
  }

  /**
   * The number of IANA records.
   *
   * @return the count
   */
  public int assignmentCount() {
    return assignments.count;
  }

  /**
   * Tells whether anything is recorded for a port.
   *
   * @param port 0–65535
   * @return false if the port has no record of any kind
   */
  public boolean has(int port) {
    return buf.getInt(ports + 4 * port) != 0;
  }

  /**
   * The records of one port, decoded.
   *
   * @param port 0–65535
   * @return the records
   * @throws PortDataException if the data of that port is damaged
   */
  public PortRecords port(int port) {
    int block = buf.getInt(ports + 4 * port);
    if (block == 0) {
      return PortRecords.EMPTY;
    }
    try {
      int na = buf.getShort(block) & 0xFFFF;
      int nu = buf.getShort(block + 2) & 0xFFFF;
      int nt = buf.getShort(block + 4) & 0xFFFF;
      int nh = buf.getShort(block + 6) & 0xFFFF;
      int ns = buf.getShort(block + 8) & 0xFFFF;
      int at = block + 10;
      List<Assignment> a = new ArrayList<>(na);
      for (int i = 0; i < na; i++, at += 4) {
        a.add(assignment(buf.getInt(at)));
      }
      List<UnofficialUse> u = new ArrayList<>(nu);
      for (int i = 0; i < nu; i++, at += 4) {
        u.add(use(buf.getInt(at)));
      }
      List<Threat> t = new ArrayList<>(nt);
      for (int i = 0; i < nt; i++, at += 4) {
        t.add(threat(buf.getInt(at)));
      }
      List<HistoryEvent> h = new ArrayList<>(nh);
      for (int i = 0; i < nh; i++, at += 4) {
        h.add(event(buf.getInt(at)));
      }
      List<Standing> s = new ArrayList<>(ns);
      for (int i = 0; i < ns; i++, at += 4) {
        s.add(standing(buf.getInt(at)));
      }
      return new PortRecords(List.copyOf(a), List.copyOf(u), List.copyOf(t), List.copyOf(h), List.copyOf(s));
    } catch (IndexOutOfBoundsException | BufferUnderflowException | IllegalArgumentException | NullPointerException e) {
      throw new PortDataException(where, "damaged record of port " + port + ": " + e.getMessage(), e);
    }
  }

  /**
   * Decodes every record into a dataset, in the order it was compiled from.
   *
   * @return the dataset
   * @throws PortDataException if a record is damaged
   */
  public PortDataset dataset() {
    try {
      ImmutablePortDataset.Builder b = ImmutablePortDataset.builder().metadata(metadata);
      for (int i = 0; i < assignments.count; i++) {
        b.addAssignments(assignment(i));
      }
      for (int i = 0; i < uses.count; i++) {
        b.addUnofficialUses(use(i));
      }
      for (int i = 0; i < threats.count; i++) {
        b.addThreats(threat(i));
      }
      for (int i = 0; i < history.count; i++) {
        b.addHistory(event(i));
      }
      for (int i = 0; i < standing.count; i++) {
        b.addStanding(standing(i));
      }
      return b.build();
    } catch (IndexOutOfBoundsException | BufferUnderflowException | IllegalArgumentException | NullPointerException e) {
      throw new PortDataException(where, "damaged record: " + e.getMessage(), e);
    }
  }

  /**
   * One IANA record, decoded once and shared.
   *
   * @param id its number, in registry order
   * @return the record
   */
  public Assignment assignment(int id) {
    Assignment a = assignmentCache[id];
    if (a == null) {
      a = decodeAssignment(record(assignments, id));
      assignmentCache[id] = a;
    }
    return a;
  }

  /**
   * The service name of one IANA record, without decoding the rest of it.
   *
   * @param id its number
   * @return the name, or empty
   */
  public Optional<String> serviceOf(int id) {
    return optional(buf.getInt(record(assignments, id)));
  }

  private int record(Table t, int id) {
    if (id < 0 || id >= t.count) {
      throw new IndexOutOfBoundsException("record " + id + " of " + t.count);
    }
    int offset = buf.getInt(t.offsets + 4 * id);
    if (offset < 0 || offset >= t.length) {
      throw new IndexOutOfBoundsException("record " + id + " at offset " + offset + " outside its table");
    }
    return t.records + offset;
  }

  private Assignment decodeAssignment(int at) {
    List<Source> sources = new ArrayList<>(2);

    ImmutableAssignment.Builder b = ImmutableAssignment.builder();
    b.service(optional(buf.getInt(at)));
    int transport = buf.get(at + 4) & 0xFF;
    if (transport != NO_TRANSPORT) {
      b.transport(TRANSPORTS[transport]);
    }
    int first = buf.getInt(at + 5);
    if (first != NONE) {
      b.ports(PortSpan.of(first, buf.getInt(at + 9)));
    }
    b.status(STATUSES[buf.get(at + 13)]);
    b.description(string(buf.getInt(at + 14)));
    int assignee = buf.getInt(at + 18);
    if (assignee != NONE) {
      b.assignee(contact(assignee));
    }
    int contact = buf.getInt(at + 22);
    if (contact != NONE) {
      b.contact(contact(contact));
    }
    b.registered(optional(buf.getInt(at + 26)));
    b.modified(optional(buf.getInt(at + 30)));
    at += 34;
    at = sources(at, sources);
    b.addAllReferences(sources);
    b.notes(optional(buf.getInt(at)));
    b.unauthorizedUse(optional(buf.getInt(at + 4)));
    if (buf.get(at + 8) != 0) {
      b.serviceCode(buf.getLong(at + 9));
    }
    return b.build();
  }

  private UnofficialUse use(int id) {
    List<Source> sources = new ArrayList<>(2);
    List<Transport> transports = new ArrayList<>(2);

    int at = record(uses, id);
    ImmutableUnofficialUse.Builder b =
        ImmutableUnofficialUse.builder().port(buf.getInt(at)).name(string(buf.getInt(at + 4)));
    at = transports(at + 8, transports);
    b.addAllTransports(transports);
    b.category(string(buf.getInt(at))).description(string(buf.getInt(at + 4)))
        .implementsService(optional(buf.getInt(at + 8)));
    at = sources(at + 12, sources);
    b.addAllSources(sources);
    return b.origin(string(buf.getInt(at))).build();
  }

  private Threat threat(int id) {
    List<Source> sources = new ArrayList<>(2);
    List<Transport> transports = new ArrayList<>(2);

    int at = record(threats, id);
    ImmutableThreat.Builder b = ImmutableThreat.builder().port(buf.getInt(at)).name(string(buf.getInt(at + 4)));
    int n = buf.getShort(at + 8) & 0xFFFF;
    at += 10;
    for (int i = 0; i < n; i++, at += 4) {
      b.addAliases(string(buf.getInt(at)));
    }
    b.type(string(buf.getInt(at)));
    at = transports(at + 4, transports);
    b.addAllTransports(transports);
    b.firstSeen(optional(buf.getInt(at))).lastSeen(optional(buf.getInt(at + 4)))
        .description(string(buf.getInt(at + 8)));
    at = sources(at + 12, sources);
    b.addAllSources(sources);
    return b.origin(string(buf.getInt(at))).build();
  }

  private HistoryEvent event(int id) {
    List<Source> sources = new ArrayList<>(2);

    int at = record(history, id);
    ImmutableHistoryEvent.Builder b =
        ImmutableHistoryEvent.builder()
            .port(buf.getInt(at))
            .date(string(buf.getInt(at + 4)))
            .service(optional(buf.getInt(at + 8)))
            .event(string(buf.getInt(at + 12)));
    at = sources(at + 16, sources);
    b.addAllSources(sources);
    return b.origin(string(buf.getInt(at))).build();
  }

  private Standing standing(int id) {
    List<Source> sources = new ArrayList<>(2);

    int at = record(standing, id);
    ImmutableStanding.Builder b =
        ImmutableStanding.builder()
            .port(buf.getInt(at))
            .service(string(buf.getInt(at + 4)))
            .status(STANDINGS[buf.get(at + 8)])
            .note(string(buf.getInt(at + 9)));
    at = sources(at + 13, sources);
    b.addAllSources(sources);
    return b.origin(string(buf.getInt(at))).build();
  }

  /** Decodes a list of sources into {@code into}; returns where the list ends. */
  private int sources(int at, List<Source> into) {
    int n = buf.getShort(at) & 0xFFFF;
    at += 2;
    for (int i = 0; i < n; i++, at += 4) {
      into.add(source(buf.getInt(at)));
    }
    return at;
  }

  /** Decodes a list of transports into {@code into}; returns where the list ends. */
  private int transports(int at, List<Transport> into) {
    int n = buf.get(at) & 0xFF;
    at++;
    for (int i = 0; i < n; i++, at++) {
      into.add(TRANSPORTS[buf.get(at)]);
    }
    return at;
  }

  private Source source(int id) {
    Source s = sourceCache[id];
    if (s == null) {
      int at = sourceTable + 9 * id;
      s = ImmutableSource.builder()
          .kind(KINDS[buf.get(at)])
          .reference(string(buf.getInt(at + 1)))
          .url(optional(buf.getInt(at + 5)))
          .build();
      sourceCache[id] = s;
    }
    return s;
  }

  private Contact contact(int id) {
    Contact c = contactCache[id];
    if (c == null) {
      int at = contactTable + 24 * id;
      c = ImmutableContact.builder()
          .id(string(buf.getInt(at)))
          .name(optional(buf.getInt(at + 4)))
          .organization(optional(buf.getInt(at + 8)))
          .email(optional(buf.getInt(at + 12)))
          .uri(optional(buf.getInt(at + 16)))
          .updated(optional(buf.getInt(at + 20)))
          .build();
      contactCache[id] = c;
    }
    return c;
  }

  private Optional<String> optional(int id) {
    return id == NONE ? Optional.empty() : Optional.of(string(id));
  }

  private String string(int id) {
    String s = stringCache[id];
    if (s == null) {
      int from = buf.getInt(stringOffsets + 4 * id);
      int to = buf.getInt(stringOffsets + 4 * id + 4);
      if (from < 0 || to < from || to > buf.capacity() - stringBytes) {
        throw new IllegalArgumentException("string " + id + " has a bad extent " + from + "-" + to);
      }
      byte[] utf8 = new byte[to - from];
      buf.get(stringBytes + from, utf8);
      s = new String(utf8, StandardCharsets.UTF_8);
      stringCache[id] = s;
    }
    return s;
  }

  @Override
  public String toString() {
    return "CompactData[" + where + ", " + metadata.dataVersion() + "]";
  }
}
