package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.portlore.internal.Datasets;
import org.portlore.spi.DataFormats;
import org.portlore.spi.PortDataset;

class DatasetFormatTest {
  private static PortDataset fixture() {
    return Datasets.merge(java.util.List.of(Fixtures.iana(), Fixtures.lore()));
  }

  private static byte[] write(PortDataset d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DataFormats.writeDataset(d, "test header", out);
    return out.toByteArray();
  }

  @Test
  void roundTripsExactly() {
    PortDataset d = fixture();
    PortDataset back = DataFormats.readDataset(new ByteArrayInputStream(write(d)), "mem");
    assertThat(back).isEqualTo(d);
  }

  @Test
  void writesTheSameBytesForTheSameData() {
    assertThat(write(fixture())).isEqualTo(write(fixture()));
  }

  @Test
  void writesOneRecordPerLineWithTheHeaderFirst() {
    String text = new String(write(fixture()), StandardCharsets.UTF_8);
    assertThat(text).startsWith("{\"_generated\":\"test header\",\n\"metadata\":");
    assertThat(text.lines().filter(l -> l.startsWith("{\"service\":\"dlsrap\"")).count()).isEqualTo(2);
  }

  @Test
  void refusesASchemaItCannotReadNamingBothVersions() {
    String text = new String(write(fixture()), StandardCharsets.UTF_8).replace("\"schemaVersion\":1", "\"schemaVersion\":7");
    assertThatThrownBy(() -> DataFormats.readDataset(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "d.json"))
        .isInstanceOf(PortDataException.class)
        .hasMessageContaining("schema version 7")
        .hasMessageContaining("reads schema version 1");
  }

  @Test
  void ignoresUnknownFields() {
    String text = new String(write(fixture()), StandardCharsets.UTF_8)
        .replace("\"metadata\":{", "\"extra\":[1,{\"a\":2}],\n\"metadata\":{\"newKey\":true,");
    PortDataset d = DataFormats.readDataset(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "d.json");
    assertThat(d.assignments()).isNotEmpty();
  }

  @Test
  void refusesTruncatedData() {
    byte[] all = write(fixture());
    byte[] half = java.util.Arrays.copyOf(all, all.length / 2);
    assertThatThrownBy(() -> DataFormats.readDataset(new ByteArrayInputStream(half), "half.json"))
        .isInstanceOf(PortDataException.class)
        .hasMessageStartingWith("half.json: ");
  }
}
