package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portlore.spi.DataFormats;
import org.portlore.spi.PortDataset;

class IanaCsvImportTest {
  private static final String HEADER =
      "Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,Registration Date,"
          + "Modification Date,Reference,Service Code,Unauthorized Use Reported,Assignment Notes\n";

  private static PortDataset csv() {
    try (InputStream in = Fixtures.open("registry.csv")) {
      return DataFormats.readIanaCsv(in, "registry.csv");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<Assignment> at(PortDataset d, int port) {
    return d.assignments().stream().filter(a -> a.ports().map(p -> p.contains(port)).orElse(false)).toList();
  }

  @Test
  void readsEveryColumn() {
    PortDataset d = csv();
    Assignment dlsrap = at(d, 1973).get(0);
    assertThat(dlsrap.service()).contains("dlsrap");
    assertThat(dlsrap.transport()).contains(Transport.TCP);
    assertThat(dlsrap.registered()).contains("1997-02-01");
    assertThat(dlsrap.contact()).hasValueSatisfying(c -> assertThat(c.id()).isEqualTo("Steve_Example"));
    assertThat(at(d, 1521).get(0).unauthorizedUse()).contains("Unauthorized Use Known on port 1521");
    assertThat(at(d, 9).get(0).serviceCode()).contains(1145656131L);
    assertThat(at(d, 9).get(0).references()).extracting(Source::reference).containsExactly("RFC 4340");
  }

  @Test
  void takesTheNewestDateAsTheRegistryDate() {
    assertThat(csv().metadata().registryDate()).isEqualTo("2025-02-13");
  }

  @Test
  void readsQuotedFieldsWithQuotesAndLineBreaks() {
    PortDataset d = csv();
    assertThat(at(d, 80).get(1).notes()).hasValueSatisfying(n -> assertThat(n).contains("\"http\""));
    assertThat(d.assignments()).anySatisfy(a -> assertThat(a.description()).isEqualTo("W3C WoT\nThing Description"));
  }

  @Test
  void agreesWithTheXmlImportOnSharedRecords() {
    PortDataset x = Fixtures.iana();
    PortDataset c = csv();
    for (int port : new int[] {22, 80, 1521, 1973, 6010}) {
      assertThat(at(c, port).stream().map(a -> a.service() + "/" + a.transport() + "/" + a.description()).toList())
          .isSubsetOf(at(x, port).stream().map(a -> a.service() + "/" + a.transport() + "/" + a.description()).toList());
    }
  }

  private static String failure(String body) {
    try {
      DataFormats.readIanaCsv(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), "bad.csv");
    } catch (PortDataException e) {
      return e.getMessage();
    }
    throw new AssertionError("no failure");
  }

  @Test
  void refusesAMissingHeader() {
    assertThat(failure("ssh,22,tcp,SSH,,,,,,,,\n")).startsWith("bad.csv: line 1").contains("header");
  }

  @Test
  void refusesWrongColumnCountsNamingTheLine() {
    assertThat(failure(HEADER + "ssh,22,tcp,SSH,,,2020-01-01,,,,,\nssh,22,tcp\n")).contains("line 3").contains("3 columns");
  }

  @Test
  void refusesBrokenQuoting() {
    assertThat(failure(HEADER + "ssh,22,tcp,\"SSH,,,2020-01-01,,,,,\n")).contains("never closed");
    assertThat(failure(HEADER + "ssh,22,tcp,S\"SH,,,2020-01-01,,,,,\n")).contains("quote inside");
    assertThat(failure(HEADER + "ssh,22,tcp,\"SSH\"x,,,2020-01-01,,,,,\n")).contains("after a closing quote");
  }

  @Test
  void refusesReversedAndOutOfRangePorts() {
    assertThat(failure(HEADER + "a,9-3,tcp,A,,,2020-01-01,,,,,\n")).contains("line 2").contains("9-3");
    assertThat(failure(HEADER + "a,70000,tcp,A,,,2020-01-01,,,,,\n")).contains("line 2").contains("70000");
    assertThat(failure(HEADER + "a,12x,tcp,A,,,2020-01-01,,,,,\n")).contains("bad port number");
  }

  @Test
  void refusesInvalidUtf8() {
    byte[] bytes = (HEADER + "a,1,tcp,").getBytes(StandardCharsets.UTF_8);
    byte[] all = java.util.Arrays.copyOf(bytes, bytes.length + 3);
    all[bytes.length] = (byte) 0xFF;
    all[bytes.length + 1] = ',';
    all[bytes.length + 2] = '\n';
    assertThatThrownBy(() -> DataFormats.readIanaCsv(new ByteArrayInputStream(all), "u.csv"))
        .isInstanceOf(PortDataException.class)
        .hasMessageContaining("invalid UTF-8");
  }

  @Test
  void namesTheLineAndByteOffsetOfInvalidUtf8() {
    byte[] bytes = (HEADER + "a,1,tcp,A,,,2020-01-01,,,,,\nb,2,tcp,").getBytes(StandardCharsets.UTF_8);
    byte[] all = java.util.Arrays.copyOf(bytes, bytes.length + 2);
    all[bytes.length] = (byte) 0xED; // ED A0: the start of a UTF-16 surrogate, which UTF-8 never holds
    all[bytes.length + 1] = (byte) 0xA0;
    assertThatThrownBy(() -> DataFormats.readIanaCsv(new ByteArrayInputStream(all), "u.csv"))
        .hasMessage("u.csv: line 3: byte offset " + (bytes.length + 1)
            + ": invalid UTF-8, byte 0xa0, expected a continuation byte 0x80-0x9f (expected IANA's CSV, which is UTF-8)");
  }

  @Test
  void refusesALineOfCommasAtTheThirteenthColumn() {
    // one field per comma would fill the heap before the record ends; the reader stops at the thirteenth
    assertThat(failure(HEADER + ",".repeat(1_000_000) + "\n")).isEqualTo("bad.csv: line 2: more than 12 columns (expected 12)");
  }

  @Test
  void refusesValuesTheModelRefusesNamingTheLine() {
    assertThat(failure(HEADER + "a,1,tcp,A,,,2020-01-01,,[RFC0],,,\n"))
        .isEqualTo("bad.csv: line 2: RFC number must be positive: 0");
  }

  @Test
  void refusesDatesThatNameNoDayInEveryRecord() {
    assertThat(failure(HEADER + ",2,tcp,Reserved,,,,2025-22-13,,,,Previously assigned to application x\n"))
        .contains("line 2").contains("bad date '2025-22-13'");
    // plain Unassigned records are not kept, yet their dates choose the registry date: they are checked too
    assertThat(failure(HEADER + "a,1,tcp,A,,,2020-01-01,,,,,\n,4,tcp,Unassigned,,,2026-02-30,,,,,\n"))
        .contains("line 3").contains("bad date '2026-02-30'");
  }

  @Test
  void keepsANoteWhoseDeAssignmentDateNamesNoDayWithoutMakingHistoryOfIt() {
    String body = HEADER + ",2,tcp,Reserved,,,,2025-02-13,,,,\"De-assigned on 2025-00-13, previously compressnet\"\n";
    PortDataset d = DataFormats.readIanaCsv(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), "n.csv");
    assertThat(d.assignments()).singleElement()
        .satisfies(a -> assertThat(a.notes()).contains("De-assigned on 2025-00-13, previously compressnet"));
    assertThat(d.history()).isEmpty();
  }

  @Test
  void readsFilesWithCrLfLineEnds() {
    String body = (HEADER + "ssh,22,tcp,SSH,,,2020-01-01,,,,,\n").replace("\n", "\r\n");
    PortDataset d = DataFormats.readIanaCsv(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), "crlf.csv");
    assertThat(d.assignments()).singleElement().satisfies(a -> assertThat(a.description()).isEqualTo("SSH"));
  }
}
