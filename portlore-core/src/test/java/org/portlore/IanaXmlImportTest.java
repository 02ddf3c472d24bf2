package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portlore.spi.DataFormats;
import org.portlore.spi.PortDataset;

class IanaXmlImportTest {
  private final PortDataset iana = Fixtures.iana();

  private List<Assignment> at(int port) {
    return iana.assignments().stream().filter(a -> a.ports().map(p -> p.contains(port)).orElse(false)).toList();
  }

  @Test
  void readsTheRegistryDateIntoTheMetadata() {
    assertThat(iana.metadata().registryDate()).isEqualTo("2026-08-17");
    assertThat(iana.metadata().schemaVersion()).isEqualTo(DatasetMetadata.CURRENT_SCHEMA);
    assertThat(iana.metadata().source()).contains("IANA");
  }

  @Test
  void keepsEveryNameOfAPortAsItsOwnRecord() {
    assertThat(at(80)).extracting(a -> a.service().orElseThrow()).containsExactly("http", "www", "www-http");
  }

  @Test
  void resolvesAssigneeAndContactThroughPeopleAndRewritesMail() {
    Assignment ssh = at(22).get(0);
    assertThat(ssh.assignee()).hasValueSatisfying(c -> {
      assertThat(c.organization()).contains("IESG");
      assertThat(c.email()).contains("iesg@ietf.org");
    });
    assertThat(ssh.contact()).hasValueSatisfying(c -> assertThat(c.id()).isEqualTo("IETF_Chair"));
    assertThat(ssh.references()).extracting(Source::reference).containsExactly("RFC 4251");
  }

  @Test
  void keepsNonMailAddressesOfPeopleAsUri() {
    assertThat(at(1973).get(0).contact()).hasValueSatisfying(c -> assertThat(c.uri()).contains("https://example.org/steve"));
  }

  @Test
  void keepsIanaLineBreaksInDescriptions() {
    assertThat(at(514).get(0).description())
        .isEqualTo("cmd\nlike exec, but automatic authentication is performed as for login server");
  }

  @Test
  void keepsReservedRecordsAndDropsPlainUnassignedOnes() {
    assertThat(at(0)).singleElement().satisfies(a -> {
      assertThat(a.status()).isEqualTo(Assignment.Status.RESERVED);
      assertThat(a.service()).isEmpty();
      assertThat(a.transport()).contains(Transport.TCP);
    });
    assertThat(at(4)).isEmpty();
  }

  @Test
  void keepsRecordsWithoutATransportAsHoldingForAll() {
    Assignment a = at(49151).get(0);
    assertThat(a.transport()).isEmpty();
    for (Transport t : Transport.values()) {
      assertThat(a.covers(t)).isTrue();
    }
  }

  @Test
  void readsNotesResolvingPeopleAsIanaWritesThem() {
    assertThat(at(2).get(0).notes()).contains("De-assigned on 2025-02-13, previously compressnet by [Alice_Example]");
  }

  @Test
  void turnsDeAssignmentNotesIntoHistoryWithIanaAsSource() {
    assertThat(iana.history()).anySatisfy(h -> {
      assertThat(h.port()).isEqualTo(2);
      assertThat(h.date()).isEqualTo("2025-02-13");
      assertThat(h.event()).contains("de-assigned").contains("compressnet");
      assertThat(h.sources()).allSatisfy(s -> assertThat(s.kind()).isEqualTo(Source.Kind.IANA));
    });
  }

  @Test
  void readsUnauthorizedUseReports() {
    assertThat(at(1521).get(0).unauthorizedUse()).contains("Unauthorized Use Known on port 1521");
    assertThat(iana.metadata().counts()).containsEntry("unauthorizedUse", 1);
  }

  @Test
  void readsDatesServiceCodesAndFootnotes() {
    assertThat(at(1973).get(0).registered()).contains("1997-02-01");
    assertThat(at(1521).get(0).modified()).contains("2022-02-14");
    assertThat(at(9).get(0).serviceCode()).contains(1145656131L);
    assertThat(at(1021).get(0).notes()).contains("Only for explicitly configured experiments.");
  }

  @Test
  void keepsRangesAsIanaWritesThem() {
    assertThat(at(6010)).singleElement().satisfies(a -> assertThat(a.ports()).contains(PortSpan.of(6000, 6063)));
  }

  @Test
  void keepsServiceNamesWithoutAPort() {
    assertThat(iana.assignments()).anySatisfy(a -> {
      assertThat(a.service()).contains("dnssd-only");
      assertThat(a.ports()).isEmpty();
      assertThat(a.references()).extracting(Source::kind).containsExactly(Source.Kind.URL);
    });
  }

  @Test
  void countsNamedPortsPerTransport() {
    assertThat(iana.metadata().counts())
        .containsEntry("namedPorts.tcp", 72)
        .containsEntry("namedPorts.udp", 3)
        .containsEntry("namedPorts.sctp", 1)
        .containsEntry("namedPorts.dccp", 1);
  }

  private static PortDataException failure(String xml) {
    try {
      DataFormats.readIanaXml(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "bad.xml");
    } catch (PortDataException e) {
      return e;
    }
    throw new AssertionError("no failure for " + xml);
  }

  @Test
  void refusesDtdsAndExternalEntities() {
    PortDataException e =
        failure(
            "<?xml version='1.0'?><!DOCTYPE r [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
                + "<registry xmlns='http://www.iana.org/assignments'><updated>&x;</updated></registry>");
    assertThat(e.getMessage()).startsWith("bad.xml: ").contains("DTD");
    assertThat(e.getMessage()).doesNotContain("root:");
  }

  @Test
  void refusesTruncatedFilesNamingTheLine() {
    PortDataException e =
        failure("<registry xmlns='http://www.iana.org/assignments'>\n<updated>2026-01-01</updated>\n<record><name>a");
    assertThat(e.getMessage()).contains("bad.xml").contains("line");
  }

  @Test
  void refusesDeepNesting() {
    String deep = "<a>".repeat(100) + "</a>".repeat(100);
    PortDataException e =
        failure("<registry xmlns='http://www.iana.org/assignments'><updated>2026-01-01</updated>" + deep + "</registry>");
    assertThat(e.getMessage()).contains("nested deeper");
  }

  @Test
  void refusesHugeText() {
    String huge = "x".repeat(200_000);
    PortDataException e =
        failure(
            "<registry xmlns='http://www.iana.org/assignments'><updated>2026-01-01</updated><record><description>"
                + huge + "</description></record></registry>");
    assertThat(e.getMessage()).contains("longer than");
  }

  @Test
  void refusesInvalidUtf8() {
    byte[] head = "<registry xmlns='http://www.iana.org/assignments'><updated>".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {(byte) 0xC3, (byte) 0x28};
    byte[] tail = "</updated></registry>".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + bad.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);
    System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
    assertThatThrownBy(() -> DataFormats.readIanaXml(new ByteArrayInputStream(all), "utf.xml"))
        .isInstanceOf(PortDataException.class)
        .hasMessageStartingWith("utf.xml: ");
  }

  @Test
  void refusesInvalidUtf8NamingLineAndOffsetWithoutPrinting() {
    byte[] bytes = "<registry xmlns='http://www.iana.org/assignments'>\n<updated>\u00e9".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 1] = '('; // C3 28: a lead byte without its continuation
    PortDataException e =
        Fixtures.silently(() -> {
          try {
            DataFormats.readIanaXml(new ByteArrayInputStream(bytes), "utf.xml");
          } catch (PortDataException caught) {
            return caught;
          }
          throw new AssertionError("no failure");
        });
    assertThat(e.getMessage()).isEqualTo("utf.xml: line 2, byte offset " + (bytes.length - 1)
        + ": invalid UTF-8, byte 0x28, expected a continuation byte 0x80-0xbf"
        + " (expected IANA's service-names-port-numbers.xml, which is UTF-8)");
  }

  @Test
  void readsAFileThatStartsWithAByteOrderMark() {
    byte[] xml = "\uFEFF<registry xmlns='http://www.iana.org/assignments'><updated>2026-01-01</updated></registry>"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(DataFormats.readIanaXml(new ByteArrayInputStream(xml), "bom.xml").metadata().registryDate())
        .isEqualTo("2026-01-01");
  }

  @Test
  void quotesOnlyABoundedLineOfWhatTheParserSays() {
    // the JDK's parser quotes the input in its messages: an XML version of 2,000 characters, a long element name
    String version = failure("<?xml version='" + "9".repeat(2000) + "'?><registry/>").getMessage();
    assertThat(version).startsWith("bad.xml: broken XML: XML version \"999").contains("characters)");
    String root = failure("<" + "r".repeat(900) + "/>").getMessage();
    assertThat(root).contains("found <rrr").contains("... (900 characters)>");
    for (String m : List.of(version, root)) {
      assertThat(m.length()).isLessThan(1000);
      assertThat(m).doesNotContain("\n");
    }
  }

  @Test
  void refusesValuesTheModelRefusesNamingTheRecord() {
    String head = "<registry xmlns='http://www.iana.org/assignments'><updated>2026-01-01</updated>"
        + "<record><name>a</name><protocol>tcp</protocol><description>d</description><number>1</number>";
    assertThat(failure(head + "<xref type='rfc' data='rfc0'/></record></registry>").getMessage())
        .isEqualTo("bad.xml: record 1 (line 1): RFC number must be positive: 0");
    assertThat(failure(head + "<xref type='draft'/></record></registry>").getMessage())
        .startsWith("bad.xml: record 1 (line 1): ").contains("blank");
  }

  @Test
  void refusesDatesThatNameNoDay() {
    String record = "<record updated='2025-22-13'><protocol>tcp</protocol><description>Reserved</description>"
        + "<number>2</number><note>Previously assigned to application x</note></record>";
    assertThat(failure("<registry xmlns='http://www.iana.org/assignments'><updated>2026-01-01</updated>" + record
            + "</registry>").getMessage())
        .contains("record 1").contains("bad date '2025-22-13'");
    assertThat(failure("<registry xmlns='http://www.iana.org/assignments'><updated>2026-02-30</updated></registry>")
            .getMessage())
        .contains("bad registry date '2026-02-30'");
  }

  @Test
  void keepsANoteWhoseDeAssignmentDateNamesNoDayWithoutMakingHistoryOfIt() {
    String xml = "<registry xmlns='http://www.iana.org/assignments'><updated>2026-01-01</updated>"
        + "<record updated='2025-02-13'><protocol>tcp</protocol><description>Reserved</description><number>2</number>"
        + "<note>De-assigned on 2025-00-13, previously compressnet</note></record></registry>";
    PortDataset d = DataFormats.readIanaXml(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "n.xml");
    assertThat(d.assignments()).singleElement()
        .satisfies(a -> assertThat(a.notes()).contains("De-assigned on 2025-00-13, previously compressnet"));
    assertThat(d.history()).isEmpty();
  }

  @Test
  void refusesReversedRangesAndPortsOutOfRangeNamingTheRecord() {
    String head = "<registry xmlns='http://www.iana.org/assignments'><updated>2026-01-01</updated>";
    assertThat(failure(head + "<record><name>a</name><protocol>tcp</protocol><description>d</description>"
            + "<number>9-3</number></record></registry>").getMessage())
        .contains("record 1").contains("9-3");
    assertThat(failure(head + "<record><name>a</name><protocol>tcp</protocol><description>d</description>"
            + "<number>70000</number></record></registry>").getMessage())
        .contains("record 1").contains("70000");
  }

  @Test
  void refusesUnknownTransports() {
    assertThat(failure("<registry xmlns='http://www.iana.org/assignments'><updated>2026-01-01</updated>"
            + "<record><name>a</name><protocol>icmp</protocol><description>d</description><number>1</number>"
            + "</record></registry>").getMessage())
        .contains("icmp");
  }

  @Test
  void refusesFilesThatAreNotARegistry() {
    assertThat(failure("<html><body>hi</body></html>").getMessage()).contains("<registry>");
    assertThat(failure("").getMessage()).startsWith("bad.xml: ");
    assertThat(failure("<registry xmlns='http://www.iana.org/assignments'></registry>").getMessage())
        .contains("no <updated> date");
  }
}
