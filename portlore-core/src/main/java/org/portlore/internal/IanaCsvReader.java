package org.portlore.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.portlore.Assignment;
import org.portlore.ImmutableAssignment;
import org.portlore.ImmutableContact;
import org.portlore.PortDataException;
import org.portlore.Transport;
import org.portlore.spi.PortDataset;

/**
 * Reads IANA's registry in its CSV form (RFC 4180 quoting, twelve columns, a header line).
 *
 * <p>The CSV names people only by IANA's identifier ({@code [Steve_T_Chiang]}); contacts carry that identifier and
 * nothing more. The registry date is the newest registration or modification date in the file. Any problem fails
 * the whole read with a {@link PortDataException} naming the file, line and column. Not thread-safe.
 */
public final class IanaCsvReader {
  static final String HEADER =
      "Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,Registration Date,"
          + "Modification Date,Reference,Service Code,Unauthorized Use Reported,Assignment Notes";
  static final int COLUMNS = 12;
  static final int MAX_FIELD = 64 * 1024;
  static final int MAX_RECORDS = 1_000_000;

  private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]*)\\]");

  private final String sourceName;
  private final BufferedReader in;
  private int line = 1;
  private int column = 0;

  private IanaCsvReader(InputStream input, String sourceName) {
    this.sourceName = sourceName;
    this.in =
        new BufferedReader(
            new InputStreamReader(
                new Utf8Input(input),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  /**
   * Reads a whole registry.
   *
   * @param input the CSV, which this method does not close
   * @param sourceName the file name for messages
   * @return the registry as a dataset (Unassigned records are counted, not kept)
   * @throws PortDataException if the input is not a readable IANA registry CSV
   */
  public static PortDataset read(InputStream input, String sourceName) {
    return new IanaCsvReader(input, sourceName).run();
  }

  private PortDataset run() {
    List<Assignment> out = new ArrayList<>();
    String newest = "";
    int records = 0;
    try {
      List<String> header = nextRecord();
      if (header == null || !String.join(",", header).strip().replace("\uFEFF", "").equals(HEADER)) {
        throw fail(1, "the first line is not IANA's CSV header (expected: " + HEADER + ")");
      }
      while (true) {
        int recordLine = line;
        List<String> f = nextRecord();
        if (f == null) {
          break;
        }
        if (f.size() == 1 && f.get(0).isEmpty()) {
          continue;
        }
        if (f.size() != COLUMNS) {
          throw fail(recordLine, "found " + f.size() + " columns (expected " + COLUMNS + ")");
        }
        if (++records > MAX_RECORDS) {
          throw fail(recordLine, "more than " + MAX_RECORDS + " records");
        }
        for (int i : new int[] {6, 7}) {
          // every record's dates are checked, kept or not: the newest one becomes the registry date
          String d = f.get(i).strip();
          if (!d.isEmpty() && !Checks.isPartialDate(d)) {
            throw fail(recordLine, "bad date '" + Checks.shorten(d) + "' (expected YYYY-MM-DD, YYYY-MM or YYYY)");
          }
          if (d.compareTo(newest) > 0) {
            newest = d;
          }
        }
        Assignment a;
        try {
          a = toAssignment(f, recordLine);
        } catch (IllegalArgumentException | IllegalStateException e) {
          // a value the model refuses (such as RFC 0): name the line, not the model
          throw fail(recordLine, e.getMessage());
        }
        if (a != null) {
          out.add(a);
        }
      }
    } catch (Utf8Input.InvalidUtf8Exception e) {
      throw fail(
          e.line(),
          "byte offset " + e.offset() + ": invalid UTF-8, " + e.problem() + " (expected IANA's CSV, which is UTF-8)");
    } catch (CharacterCodingException e) {
      throw fail(line, "invalid UTF-8");
    } catch (IOException e) {
      throw new PortDataException(sourceName, "cannot read: " + e.getMessage(), e);
    }
    if (newest.isEmpty()) {
      throw fail(line, "no dated record (expected IANA's service-names-port-numbers.csv)");
    }
    return IanaDatasets.build(out, newest, records, sourceName);
  }

  private Assignment toAssignment(List<String> f, int at) {
    String name = f.get(0).strip();
    String description = f.get(3).strip();
    boolean unassigned = IanaDatasets.isUnassigned(name, description);
    if (unassigned && f.get(10).isBlank() && f.get(11).isBlank()) {
      return null;
    }
    ImmutableAssignment.Builder a = ImmutableAssignment.builder();
    if (!name.isEmpty()) {
      a.service(name);
    }
    String number = f.get(1).strip();
    if (!number.isEmpty()) {
      try {
        a.ports(IanaDatasets.span(number));
      } catch (IllegalArgumentException e) {
        throw fail(at, e.getMessage());
      }
    }
    String protocol = f.get(2).strip();
    if (!protocol.isEmpty()) {
      try {
        a.transport(Transport.parse(protocol));
      } catch (IllegalArgumentException e) {
        throw fail(at, e.getMessage());
      }
    }
    a.status(IanaDatasets.status(name, unassigned));
    a.description(description);
    person(f.get(4)).ifPresent(id -> a.assignee(ImmutableContact.builder().id(id).build()));
    person(f.get(5)).ifPresent(id -> a.contact(ImmutableContact.builder().id(id).build()));
    if (!f.get(6).isBlank()) {
      a.registered(f.get(6).strip());
    }
    if (!f.get(7).isBlank()) {
      a.modified(f.get(7).strip());
    }
    Matcher m = BRACKETED.matcher(f.get(8));
    while (m.find()) {
      String ref = m.group(1).strip();
      if (ref.regionMatches(true, 0, "RFC", 0, 3) && ref.substring(3).strip().matches("\\d+")) {
        a.addReferences(IanaDatasets.rfcSource(ref));
      } else if (ref.startsWith("http://") || ref.startsWith("https://")) {
        a.addReferences(IanaDatasets.uriSource(ref));
      } else if (ref.startsWith("draft-") || ref.startsWith("RFC-")) {
        a.addReferences(IanaDatasets.draftSource(ref));
      } else if (!ref.matches("\\d+")) {
        a.addReferences(IanaDatasets.textSource(ref));
      }
    }
    String code = f.get(9).strip();
    if (!code.isEmpty()) {
      try {
        a.serviceCode(Long.parseLong(code));
      } catch (NumberFormatException e) {
        throw fail(at, "DCCP service code is not a number: '" + Checks.shorten(code) + "'");
      }
    }
    if (!f.get(10).isBlank()) {
      a.unauthorizedUse(f.get(10).strip());
    }
    if (!f.get(11).isBlank()) {
      a.notes(f.get(11).strip());
    }
    try {
      return a.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw fail(at, e.getMessage());
    }
  }

  private static java.util.Optional<String> person(String field) {
    Matcher m = BRACKETED.matcher(field);
    if (m.find() && !m.group(1).isBlank()) {
      return java.util.Optional.of(m.group(1).strip());
    }
    String t = field.strip();
    return t.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(t);
  }

  /** Reads one RFC 4180 record, or null at the end of input. */
  private List<String> nextRecord() throws IOException {
    int c = in.read();
    if (c < 0) {
      return null;
    }
    List<String> fields = new ArrayList<>(COLUMNS);
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStart = true;
    int quoteLine = line;
    column = 1;
    while (true) {
      if (c < 0) {
        if (quoted) {
          throw fail(quoteLine, "a quoted field is never closed (broken quoting or a truncated file)");
        }
        fields.add(field.toString());
        return fields;
      }
      char ch = (char) c;
      if (quoted) {
        if (ch == '"') {
          int n = in.read();
          if (n == '"') {
            field.append('"');
          } else {
            quoted = false;
            if (n != ',' && n != '\n' && n != '\r' && n >= 0) {
              throw fail(line, "column " + column + ": text after a closing quote (broken quoting)");
            }
            c = n;
            continue;
          }
        } else {
          if (ch == '\n') {
            line++;
          }
          field.append(ch);
        }
      } else if (ch == '"' && fieldStart) {
        quoted = true;
        quoteLine = line;
      } else if (ch == '"') {
        throw fail(line, "column " + column + ": a quote inside an unquoted field (broken quoting)");
      } else if (ch == ',') {
        fields.add(field.toString());
        if (fields.size() >= COLUMNS) {
          // fail at once: a line of commas would otherwise grow a list until the heap runs out
          throw fail(line, "more than " + COLUMNS + " columns (expected " + COLUMNS + ")");
        }
        field.setLength(0);
        fieldStart = true;
        c = in.read();
        column++;
        continue;
      } else if (ch == '\r') {
        // CR LF line ends: the LF ends the record
      } else if (ch == '\n') {
        line++;
        fields.add(field.toString());
        return fields;
      } else {
        field.append(ch);
      }
      if (field.length() > MAX_FIELD) {
        throw fail(line, "column " + column + ": a field longer than " + MAX_FIELD + " characters");
      }
      fieldStart = false;
      c = in.read();
    }
  }

  private PortDataException fail(int at, String what) {
    return new PortDataException(sourceName, "line " + at + ": " + what);
  }
}
