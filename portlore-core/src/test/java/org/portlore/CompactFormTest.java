package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.portlore.internal.Datasets;
import org.portlore.spi.DataFormats;
import org.portlore.spi.PortDataProvider;
import org.portlore.spi.PortDataset;

/** The compact runtime form: exact round trips, port-by-port answers equal to the dataset, damage refused whole. */
class CompactFormTest {
  private static PortDataset fixture() {
    return Datasets.merge(List.of(Fixtures.iana(), Fixtures.lore()));
  }

  @Test
  void roundTripsEveryRecordExactly() {
    PortDataset d = fixture();
    assertThat(DataFormats.readCompact(DataFormats.compile(d), "mem")).isEqualTo(d);
  }

  @Test
  void compilesTheSameBytesForTheSameData() {
    assertThat(DataFormats.compile(fixture())).isEqualTo(DataFormats.compile(fixture()));
  }

  @Test
  void everyPortAnswersExactlyTheRecordsThatHoldIt() {
    PortDataset d = fixture();
    PortDatabase db = PortDatabase.of(d);
    for (int p = 0; p <= 65535; p++) {
      final int port = p;
      List<Assignment> assignments =
          d.assignments().stream().filter(a -> a.ports().isPresent() && a.ports().get().contains(port)).toList();
      PortInfo info = db.lookup(p);
      assertThat(info.assignments()).as("assignments of %d", p).isEqualTo(assignments);
      assertThat(info.unofficialUses()).as("uses of %d", p)
          .isEqualTo(d.unofficialUses().stream().filter(u -> u.port() == port).toList());
      assertThat(info.threats()).as("threats of %d", p)
          .isEqualTo(d.threats().stream().filter(t -> t.port() == port).toList());
      assertThat(info.history()).as("history of %d", p)
          .isEqualTo(d.history().stream().filter(h -> h.port() == port)
              .sorted(Comparator.comparing(HistoryEvent::date)).toList());
      assertThat(info.standing()).as("standing of %d", p)
          .isEqualTo(d.standing().stream().filter(s -> s.port() == port).toList());
      assertThat(info.ephemeral()).as("ephemeral ranges of %d", p)
          .isEqualTo(EphemeralRange.defaults().stream().filter(r -> r.contains(port)).toList());
    }
  }

  @Test
  void aRangeAssignmentIsOneSharedRecordOnEveryPortOfTheRange() {
    PortDatabase db = Fixtures.database();
    List<Assignment> ranged = new ArrayList<>();
    for (Assignment a : fixture().assignments()) {
      if (a.ports().isPresent() && a.ports().get().size() > 1) {
        ranged.add(a);
      }
    }
    assertThat(ranged).as("the fixture has a range assignment").isNotEmpty();
    PortSpan span = ranged.get(0).ports().get();
    Assignment first = db.lookup(span.first()).assignments().stream().filter(ranged.get(0)::equals).findFirst().orElseThrow();
    Assignment last = db.lookup(span.last()).assignments().stream().filter(ranged.get(0)::equals).findFirst().orElseThrow();
    assertThat(last).isSameAs(first);
  }

  @Test
  void aFlippedByteFailsTheChecksum() {
    byte[] bytes = DataFormats.compile(fixture());
    bytes[bytes.length / 2] ^= 0x01;
    assertThatThrownBy(() -> DataFormats.readCompact(bytes, "flipped.bin"))
        .isInstanceOf(PortDataException.class)
        .hasMessageContaining("flipped.bin")
        .hasMessageContaining("checksum mismatch")
        .hasMessageContaining("compile it again");
  }

  @Test
  void truncatedDataIsRefused() {
    byte[] bytes = DataFormats.compile(fixture());
    byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 100);
    assertThatThrownBy(() -> DataFormats.readCompact(cut, "cut.bin"))
        .isInstanceOf(PortDataException.class)
        .hasMessageContaining("cut.bin")
        .hasMessageContaining("truncated");
  }

  @Test
  void somethingElseIsNotTakenForCompactData() {
    assertThatThrownBy(() -> DataFormats.readCompact("{\"metadata\":{}}".getBytes(), "x.json"))
        .isInstanceOf(PortDataException.class)
        .hasMessageContaining("not portlore compact data");
    assertThatThrownBy(() -> DataFormats.readCompact(new byte[3], "tiny"))
        .isInstanceOf(PortDataException.class)
        .hasMessageContaining("not portlore compact data");
  }

  @Test
  void anotherFormatOrSchemaVersionIsRefusedNamingBoth() {
    byte[] format = DataFormats.compile(fixture());
    ByteBuffer.wrap(format).putShort(4, (short) 9);
    assertThatThrownBy(() -> DataFormats.readCompact(format, "new.bin"))
        .isInstanceOf(PortDataException.class)
        .hasMessageContaining("compact format 9")
        .hasMessageContaining("reads format 1");
    byte[] schema = DataFormats.compile(fixture());
    ByteBuffer.wrap(schema).putShort(6, (short) 7);
    assertThatThrownBy(() -> DataFormats.readCompact(schema, "new.bin"))
        .isInstanceOf(PortDataException.class)
        .hasMessageContaining("schema version 7")
        .hasMessageContaining("reads schema " + DatasetMetadata.CURRENT_SCHEMA);
  }

  @Test
  void aDamagedLayoutWithAValidChecksumIsRefusedAtOpenNotAtLookup() {
    byte[] bytes = DataFormats.compile(fixture());
    // The string count sits first in the body: claim more strings than fit, and make the checksum agree.
    ByteBuffer.wrap(bytes).putInt(16, 0x3FFFFFFF);
    recrc(bytes);
    assertThatThrownBy(() -> DataFormats.readCompact(bytes, "forged.bin"))
        .isInstanceOf(PortDataException.class)
        .hasMessageContaining("forged.bin")
        .hasMessageContaining("damaged layout");
  }

  @Test
  void aDamagedRecordFailsItsLookupWithTheDataExceptionAndOtherPortsStillAnswer() {
    PortDataset d = fixture();
    byte[] bytes = DataFormats.compile(d);
    int port = d.threats().get(0).port();
    // Point the port's block far outside the data, keeping the checksum valid: only that port is damaged.
    ByteBuffer.wrap(bytes).putInt(portTable(bytes) + 4 * port, bytes.length + 1000);
    recrc(bytes);
    PortDataProvider provider = compactOnly("damaged", bytes);
    PortDatabase db = PortDatabase.of(provider);
    assertThatThrownBy(() -> db.lookup(port))
        .isInstanceOf(PortDataException.class)
        .hasMessageContaining("damaged record of port " + port);
    assertThat(db.lookup(port == 22 ? 23 : 22).port()).isNotEqualTo(port);
  }

  @Test
  void aProviderWithoutACompactFormIsLoadedWhole() {
    PortDataset d = fixture();
    PortDataProvider provider = new PortDataProvider() {
      @Override
      public String name() {
        return "plain";
      }

      @Override
      public PortDataset load() {
        return d;
      }
    };
    assertThat(provider.loadCompact()).isEmpty();
    assertThat(PortDatabase.of(provider).lookup(1973)).isEqualTo(PortDatabase.of(d).lookup(1973));
  }

  @Test
  void damageThatKeepsAValidChecksumFailsOnlyWithTheDataException() {
    PortDataset fixture = fixture();
    byte[] good = DataFormats.compile(fixture);
    java.util.Set<Integer> known = new java.util.TreeSet<>();
    fixture.unofficialUses().forEach(u -> known.add(u.port()));
    fixture.threats().forEach(t -> known.add(t.port()));
    fixture.assignments().forEach(a -> a.ports().ifPresent(p -> known.add(p.first())));
    java.util.SplittableRandom random = new java.util.SplittableRandom(1973);
    int refused = 0;
    for (int round = 0; round < 1500; round++) {
      byte[] bytes = good.clone();
      for (int k = 0, n = 1 + random.nextInt(4); k < n; k++) {
        int at = 16 + random.nextInt(bytes.length - 16);
        bytes[at] = (byte) random.nextInt(256);
      }
      recrc(bytes);
      try {
        DataFormats.readCompact(bytes, "mutated.bin");
      } catch (PortDataException e) {
        assertThat(e.getMessage()).startsWith("mutated.bin: ");
        refused++;
      }
      // The lazy path: open, then decode port by port.
      PortDataProvider provider = compactOnly("mutated.bin", bytes);
      try {
        PortDatabase db = PortDatabase.of(provider);
        for (int port : known) {
          try {
            db.lookup(port);
          } catch (PortDataException e) {
            assertThat(e.getMessage()).startsWith("mutated.bin: ");
          }
        }
        db.conflicts();
        db.byService("ssh");
      } catch (PortDataException e) {
        assertThat(e.getMessage()).startsWith("mutated.bin: ");
        refused++;
      }
    }
    assertThat(refused).as("most mutations are caught").isGreaterThan(0);
  }

  /** A provider that has only the compact form: loading it whole is a test failure. */
  private static PortDataProvider compactOnly(String name, byte[] bytes) {
    return new PortDataProvider() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public PortDataset load() {
        throw new AssertionError("the compact form is used");
      }

      @Override
      public Optional<byte[]> loadCompact() {
        return Optional.of(bytes);
      }
    };
  }

  /** Where the port table starts, found by walking the sections as the format documents them. */
  private static int portTable(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    int at = 16;
    int strings = b.getInt(at);
    at += 4 + 4 * (strings + 1) + b.getInt(at + 4 + 4 * strings);
    at += 20;
    at += 4 + 8 * b.getInt(at);
    at += 4 + 9 * b.getInt(at);
    at += 4 + 24 * b.getInt(at);
    for (int table = 0; table < 5; table++) {
      at += 8 + 4 * b.getInt(at) + b.getInt(at + 4);
    }
    return at;
  }

  private static void recrc(byte[] bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, 16, bytes.length - 16);
    ByteBuffer.wrap(bytes).putInt(12, (int) crc.getValue());
  }
}
