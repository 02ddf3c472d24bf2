package org.portlore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.portlore.spi.DataFormats;
import org.portlore.spi.PortDataset;

/** The small fixture dataset core's tests run on, never the real data. */
final class Fixtures {
  private static PortDatabase database;

  private Fixtures() {}

  static InputStream open(String name) {
    InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name);
    if (in == null) {
      throw new IllegalStateException("missing fixture " + name);
    }
    return in;
  }

  static PortDataset iana() {
    try (InputStream in = open("registry.xml")) {
      return DataFormats.readIanaXml(in, "registry.xml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PortDataset lore() {
    try (InputStream in = open("lore.json")) {
      return DataFormats.readCurated(in, "lore.json", Curated.PORTLORE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static synchronized PortDatabase database() {
    if (database == null) {
      database = PortDatabase.builder().dataset(iana()).dataset(lore()).build();
    }
    return database;
  }
}
