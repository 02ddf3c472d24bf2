package org.portlore.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.portlore.Assignment;
import org.portlore.Contact;
import org.portlore.ImmutableAssignment;
import org.portlore.ImmutableContact;
import org.portlore.PortDataException;
import org.portlore.PortSpan;
import org.portlore.Transport;
import org.portlore.spi.PortDataset;

/**
 * Reads IANA's Service Name and Transport Protocol Port Number Registry in its XML form.
 *
 * <p>Hardened for hostile input: no DTDs, no external entities, bounded nesting, text and record counts; any
 * problem fails the whole read with a {@link PortDataException} naming the file, the record and line, and what was
 * wrong. Not thread-safe; use one reader per read.
 */
public final class IanaXmlReader {
  /** At most this many characters in one element's text. */
  static final int MAX_TEXT = 64 * 1024;
  /** At most this deep. */
  static final int MAX_DEPTH = 16;
  /** At most this many records. */
  static final int MAX_RECORDS = 1_000_000;

  /** Marks an IANA line break ({@code <br/>}, a paragraph) while raw white space is folded. */
  private static final char BREAK = '\u0001';
  private static final String BREAK_TEXT = String.valueOf(BREAK);

  private final String sourceName;
  private final Map<String, RawPerson> people = new HashMap<>();
  private final Map<String, String> footnotes = new HashMap<>();
  private final List<RawRecord> records = new ArrayList<>();
  private String registryDate = "";
  private XMLStreamReader xml;
  private int depth;

  private IanaXmlReader(String sourceName) {
    this.sourceName = sourceName;
  }

  /**
   * Reads a whole registry.
   *
   * @param in the XML, which this method does not close
   * @param sourceName the file name for messages
   * @return the registry as a dataset (metadata and assignments; Unassigned records are counted, not kept)
   * @throws PortDataException if the input is not a readable IANA registry
   */
  public static PortDataset read(InputStream in, String sourceName) {
    return new IanaXmlReader(sourceName).run(in);
  }

  private PortDataset run(InputStream in) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    try {
      xml = factory.createXMLStreamReader(utf8(in));
      try {
        parseDocument();
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      if (e.getNestedException() instanceof Utf8Input.InvalidUtf8Exception bad) {
        throw new PortDataException(
            sourceName,
            "line " + bad.line() + ", byte offset " + bad.offset() + ": invalid UTF-8, " + bad.problem()
                + " (expected IANA's service-names-port-numbers.xml, which is UTF-8)",
            bad);
      }
      throw fail("broken XML: " + firstLine(e.getMessage()), e);
    } catch (RuntimeException e) {
      if (e instanceof PortDataException) {
        throw e;
      }
      throw fail("unreadable XML: " + firstLine(String.valueOf(e.getMessage())), e);
    }
    if (registryDate.isEmpty()) {
      throw new PortDataException(
          sourceName, "no <updated> date in the registry (expected IANA's service-names-port-numbers.xml)");
    }
    return IanaDatasets.build(resolve(), registryDate, records.size(), sourceName);
  }

  /**
   * The XML as characters, checked as UTF-8 by portlore and without a byte order mark. The parser gets characters,
   * never bytes: decoding bytes itself, it prints {@code [Fatal Error]} to standard error on a broken one.
   */
  private static Reader utf8(InputStream in) throws XMLStreamException {
    PushbackReader r =
        new PushbackReader(
            new InputStreamReader(
                new Utf8Input(in),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
            1);
    try {
      int first = r.read();
      if (first >= 0 && first != '\uFEFF') {
        r.unread(first);
      }
    } catch (IOException e) {
      throw new XMLStreamException(e.getMessage(), e);
    }
    return r;
  }

  private void parseDocument() throws XMLStreamException {
    boolean sawRoot = false;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.DTD) {
        throw fail("a DTD is not allowed in an IANA registry file", null);
      }
      if (event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw fail("entity reference &" + Checks.shorten(xml.getLocalName()) + "; is not allowed", null);
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (sawRoot || !xml.getLocalName().equals("registry")) {
          throw fail("expected the root element <registry>, found <" + Checks.shorten(xml.getLocalName()) + ">", null);
        }
        sawRoot = true;
        depth = 1;
        parseRegistry();
      }
    }
    if (!sawRoot) {
      throw fail("no <registry> element (expected IANA's service-names-port-numbers.xml)", null);
    }
  }

  private void parseRegistry() throws XMLStreamException {
    while (true) {
      int event = next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        return;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (xml.getLocalName()) {
        case "updated" -> registryDate = text(false).strip();
        case "record" -> parseRecord();
        case "people" -> parsePeople();
        case "footnote" -> {
          String anchor = attr("anchor");
          footnotes.put(anchor, text(false).strip());
        }
        default -> skip();
      }
    }
  }

  private void parseRecord() throws XMLStreamException {
    if (records.size() >= MAX_RECORDS) {
      throw fail("more than " + MAX_RECORDS + " records", null);
    }
    RawRecord r = new RawRecord();
    r.line = xml.getLocation().getLineNumber();
    r.index = records.size() + 1;
    r.date = attr("date");
    r.updated = attr("updated");
    while (true) {
      int event = next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (xml.getLocalName()) {
        case "name" -> r.name = text(false).strip();
        case "protocol" -> r.protocol = text(false).strip();
        case "number" -> r.number = text(false).strip();
        case "description" -> r.description = text(true);
        case "unauthorized" -> r.unauthorized = text(false).strip();
        case "sc" -> r.serviceCode = text(false).strip();
        case "note" -> r.notes.add(text(true));
        case "xref" -> {
          String type = attr("type");
          String data = attr("data");
          skip();
          r.xrefs.add(new String[] {type, data});
        }
        case "assignee" -> {
          while (true) {
            int e = next();
            if (e == XMLStreamConstants.END_ELEMENT) {
              break;
            }
            if (e == XMLStreamConstants.START_ELEMENT) {
              if (xml.getLocalName().equals("xref") && "person".equals(attr("type"))) {
                r.assignee = attr("data");
              }
              skip();
            }
          }
        }
        default -> skip();
      }
    }
    records.add(r);
  }

  private void parsePeople() throws XMLStreamException {
    while (true) {
      int event = next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        return;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (!xml.getLocalName().equals("person")) {
        skip();
        continue;
      }
      RawPerson p = new RawPerson();
      p.id = attr("id");
      while (true) {
        int e = next();
        if (e == XMLStreamConstants.END_ELEMENT) {
          break;
        }
        if (e != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (xml.getLocalName()) {
          case "name" -> p.name = text(false).strip();
          case "org" -> p.org = text(false).strip();
          case "uri" -> p.uri = text(false).strip();
          case "updated" -> p.updated = text(false).strip();
          default -> skip();
        }
      }
      if (p.id == null || p.id.isEmpty()) {
        throw fail("<person> without an id", null);
      }
      people.put(p.id, p);
    }
  }

  /** Reads the text of the current element; with {@code mixed}, {@code br} and {@code paragraph} become line breaks. */
  private String text(boolean mixed) throws XMLStreamException {
    StringBuilder b = new StringBuilder();
    int startDepth = depth;
    while (true) {
      int event = next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          b.append(xml.getText());
          if (b.length() > MAX_TEXT) {
            throw fail("text longer than " + MAX_TEXT + " characters", null);
          }
        }
        case XMLStreamConstants.START_ELEMENT -> {
          String name = xml.getLocalName();
          if (!mixed) {
            throw fail("unexpected <" + Checks.shorten(name) + "> inside a text element", null);
          }
          switch (name) {
            case "br" -> b.append(BREAK);
            case "xref" -> b.append(renderXref(attr("type"), attr("data")));
            case "paragraph" -> {
              if (b.length() > 0 && b.charAt(b.length() - 1) != BREAK) {
                b.append(BREAK);
              }
            }
            default -> {
              /* unknown inline markup: keep its text */
            }
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          if (depth < startDepth) {
            return mixed ? normalizeMixed(b.toString()) : b.toString();
          }
        }
        default -> {}
      }
    }
  }

  private static String renderXref(String type, String data) {
    if (data == null) {
      return "";
    }
    if ("rfc".equals(type)) {
      return "[" + data.toUpperCase(java.util.Locale.ROOT) + "]";
    }
    return "[" + data + "]";
  }

  private static String normalizeMixed(String s) {
    StringBuilder out = new StringBuilder();
    for (String line : s.split(BREAK_TEXT, -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(line.strip().replaceAll("\\s+", " "));
    }
    return out.toString().strip();
  }

  private void skip() throws XMLStreamException {
    int startDepth = depth;
    while (depth >= startDepth) {
      next();
    }
  }

  private int next() throws XMLStreamException {
    if (!xml.hasNext()) {
      throw fail("the file ends inside an element (truncated?)", null);
    }
    int event = xml.next();
    if (event == XMLStreamConstants.START_ELEMENT) {
      depth++;
      if (depth > MAX_DEPTH) {
        throw fail("elements nested deeper than " + MAX_DEPTH, null);
      }
    } else if (event == XMLStreamConstants.END_ELEMENT) {
      depth--;
    } else if (event == XMLStreamConstants.END_DOCUMENT) {
      throw fail("the file ends inside an element (truncated?)", null);
    } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
      throw fail("entity reference &" + Checks.shorten(xml.getLocalName()) + "; is not allowed", null);
    } else if (event == XMLStreamConstants.DTD) {
      throw fail("a DTD is not allowed in an IANA registry file", null);
    }
    return event;
  }

  private String attr(String name) {
    String v = xml.getAttributeValue(null, name);
    return v == null ? null : v.strip();
  }

  private PortDataException fail(String what, Throwable cause) {
    String where = "";
    if (xml != null) {
      try {
        Location l = xml.getLocation();
        if (l != null && l.getLineNumber() > 0) {
          where = "line " + l.getLineNumber() + ", column " + l.getColumnNumber();
        }
      } catch (RuntimeException ignored) {
        // the reader may be unusable after a fatal error
      }
    }
    if (!records.isEmpty() && depth >= 2) {
      where += (where.isEmpty() ? "" : ", ") + "after record " + records.size();
    }
    String msg = (where.isEmpty() ? "" : where + ": ") + what + " (expected IANA's service-names-port-numbers.xml)";
    return cause == null ? new PortDataException(sourceName, msg) : new PortDataException(sourceName, msg, cause);
  }

  /** The message of the JDK's parser without its location prefix, on one bounded line: it may quote the input. */
  private static String firstLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    String t = s.strip();
    int nl = t.lastIndexOf("Message: ");
    if (nl >= 0) {
      t = t.substring(nl + 9);
    }
    int eol = t.indexOf('\n');
    return Checks.oneLine(eol < 0 ? t : t.substring(0, eol));
  }

  private List<Assignment> resolve() {
    Map<String, Contact> contacts = new LinkedHashMap<>();
    List<Assignment> out = new ArrayList<>(records.size());
    for (RawRecord r : records) {
      String where = "record " + r.index + " (line " + r.line + ")";
      Assignment a;
      try {
        a = toAssignment(r, where, contacts);
      } catch (IllegalArgumentException | IllegalStateException e) {
        // a value the model refuses (RFC 0, a blank draft name, a blank id): name the record, not the model
        throw new PortDataException(sourceName, where + ": " + e.getMessage());
      }
      if (a != null) {
        out.add(a);
      }
    }
    return out;
  }

  /** The record as an assignment, or null for a plain Unassigned record, which is counted but not kept. */
  private Assignment toAssignment(RawRecord r, String where, Map<String, Contact> contacts) {
    if (r.description == null) {
      throw new PortDataException(sourceName, where + ": no <description> (every IANA record has one)");
    }
    boolean unassigned = IanaDatasets.isUnassigned(r.name, r.description);
    if (unassigned && r.notes.isEmpty() && (r.unauthorized == null || r.unauthorized.isEmpty())) {
      return null;
    }
    ImmutableAssignment.Builder a = ImmutableAssignment.builder();
    if (r.name != null && !r.name.isEmpty()) {
      a.service(r.name);
    }
    if (r.protocol != null && !r.protocol.isEmpty()) {
      try {
        a.transport(Transport.parse(r.protocol));
      } catch (IllegalArgumentException e) {
        throw new PortDataException(sourceName, where + ": " + e.getMessage());
      }
    }
    if (r.number != null && !r.number.isEmpty()) {
      a.ports(parseNumber(r.number, where));
    }
    a.status(IanaDatasets.status(r.name, unassigned));
    a.description(r.description);
    a.registered(date(r.date, where));
    a.modified(date(r.updated, where));
    String contactId = null;
    List<String> footnoteTexts = new ArrayList<>();
    for (String[] x : r.xrefs) {
      String type = x[0] == null ? "" : x[0];
      String data = x[1] == null ? "" : x[1];
      switch (type) {
        case "person" -> {
          if (contactId == null) {
            contactId = data;
          }
        }
        case "rfc" -> a.addReferences(IanaDatasets.rfcSource(data));
        case "draft" -> a.addReferences(IanaDatasets.draftSource(data));
        case "uri" -> a.addReferences(IanaDatasets.uriSource(data));
        case "text" -> a.addReferences(IanaDatasets.textSource(data));
        case "note" -> {
          String fn = footnotes.get(data);
          footnoteTexts.add(fn != null ? fn : "[" + data + "]");
        }
        default -> a.addReferences(IanaDatasets.textSource(data));
      }
    }
    if (r.assignee != null) {
      a.assignee(contact(r.assignee, contacts));
    }
    if (contactId != null) {
      a.contact(contact(contactId, contacts));
    }
    List<String> notes = new ArrayList<>(r.notes);
    notes.addAll(footnoteTexts);
    if (!notes.isEmpty()) {
      a.notes(String.join("\n", notes));
    }
    if (r.unauthorized != null && !r.unauthorized.isEmpty()) {
      a.unauthorizedUse(r.unauthorized);
    }
    if (r.serviceCode != null && !r.serviceCode.isEmpty()) {
      try {
        a.serviceCode(Long.parseLong(r.serviceCode));
      } catch (NumberFormatException e) {
        throw new PortDataException(
            sourceName, where + ": DCCP service code is not a number: '" + Checks.shorten(r.serviceCode) + "'");
      }
    }
    return a.build();
  }

  private PortSpan parseNumber(String number, String where) {
    try {
      return IanaDatasets.span(number);
    } catch (IllegalArgumentException e) {
      throw new PortDataException(sourceName, where + ": " + e.getMessage());
    }
  }

  private Optional<String> date(String value, String where) {
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    if (!Checks.isPartialDate(value)) {
      throw new PortDataException(
          sourceName, where + ": bad date '" + Checks.shorten(value) + "' (expected YYYY-MM-DD, YYYY-MM or YYYY)");
    }
    return Optional.of(value);
  }

  private Contact contact(String id, Map<String, Contact> cache) {
    return cache.computeIfAbsent(
        id,
        key -> {
          ImmutableContact.Builder c = ImmutableContact.builder().id(key);
          RawPerson p = people.get(key);
          if (p != null) {
            if (p.name != null && !p.name.isEmpty()) {
              c.name(p.name);
            }
            if (p.org != null && !p.org.isEmpty()) {
              c.organization(p.org);
            }
            if (p.uri != null && !p.uri.isEmpty()) {
              if (p.uri.startsWith("mailto:")) {
                c.email(p.uri.substring("mailto:".length()).replace('&', '@'));
              } else {
                c.uri(p.uri);
              }
            }
            if (p.updated != null && !p.updated.isEmpty()) {
              c.updated(p.updated);
            }
          }
          return c.build();
        });
  }

  private static final class RawRecord {
    int index;
    int line;
    String date;
    String updated;
    String name;
    String protocol;
    String number;
    String description;
    String unauthorized;
    String serviceCode;
    String assignee;
    final List<String> notes = new ArrayList<>();
    final List<String[]> xrefs = new ArrayList<>();
  }

  private static final class RawPerson {
    String id;
    String name;
    String org;
    String uri;
    String updated;
  }
}
