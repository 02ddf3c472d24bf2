package org.portlore.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.portlore.PortDataException;
import org.portlore.internal.CompactData;
import org.portlore.internal.CompactWriter;
import org.portlore.internal.DatasetJson;
import org.portlore.internal.IanaCsvReader;
import org.portlore.internal.IanaXmlReader;
import org.portlore.internal.Json;
import org.portlore.internal.LoreReader;

/**
 * Reads and writes portlore's data formats: IANA's registry (XML and CSV), portlore's dataset (JSON), its compact
 * runtime form (binary), and the curated-facts format of the lore files and overlays. All of them are documented in portlore-data's
 * {@code DATA-FORMAT.md}.
 *
 * <p>Every reader checks its input whole before it returns: a broken input throws {@link PortDataException} naming
 * the file, the place in it and what was wrong, and nothing is half-loaded. Readers are hardened for hostile input
 * (no XML DTDs or external entities, bounded sizes and nesting). Thread-safe.
 */
public final class DataFormats {
  private DataFormats() {}

  /**
   * Imports IANA's registry from its XML form ({@code service-names-port-numbers.xml}).
   *
   * @param file the file
   * @return the registry as a dataset without curated facts
   * @throws PortDataException if the file is missing, too large or not a readable registry
   */
  public static PortDataset readIanaXml(Path file) {
    return readFile(file, IanaXmlReader::read);
  }

  /**
   * Imports IANA's registry from its XML form.
   *
   * @param in the XML; not closed
   * @param sourceName a name for messages, such as the file name
   * @return the registry as a dataset without curated facts
   * @throws PortDataException if the input is not a readable registry
   */
  public static PortDataset readIanaXml(InputStream in, String sourceName) {
    return IanaXmlReader.read(in, sourceName);
  }

  /**
   * Imports IANA's registry from its CSV form ({@code service-names-port-numbers.csv}).
   *
   * @param file the file
   * @return the registry as a dataset without curated facts
   * @throws PortDataException if the file is missing, too large or not a readable registry
   */
  public static PortDataset readIanaCsv(Path file) {
    return readFile(file, IanaCsvReader::read);
  }

  /**
   * Imports IANA's registry from its CSV form.
   *
   * @param in the CSV; not closed
   * @param sourceName a name for messages
   * @return the registry as a dataset without curated facts
   * @throws PortDataException if the input is not a readable registry
   */
  public static PortDataset readIanaCsv(InputStream in, String sourceName) {
    return IanaCsvReader.read(in, sourceName);
  }

  /**
   * Reads IANA's registry, telling XML from CSV by the file's first bytes.
   *
   * @param file an XML or CSV file as IANA publishes it
   * @return the registry as a dataset without curated facts
   * @throws PortDataException if the file is missing, too large, or neither form
   */
  public static PortDataset readIana(Path file) {
    return readFile(
        file,
        (in, name) -> {
          try {
            in.mark(64);
            byte[] head = in.readNBytes(64);
            in.reset();
            String start = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading();
            if (start.startsWith("\u00ef\u00bb\u00bf")) {
              start = start.substring(3);
            }
            return start.startsWith("<") ? IanaXmlReader.read(in, name) : IanaCsvReader.read(in, name);
          } catch (IOException e) {
            throw new PortDataException(name, "cannot read: " + e.getMessage(), e);
          }
        });
  }

  /**
   * Reads a file of curated facts: one of portlore-data's lore files, or a user's overlay.
   *
   * @param file the JSON file
   * @param origin the origin every fact will carry, such as the overlay's name
   * @return the facts as a dataset without assignments
   * @throws PortDataException if the file is missing, too large, or not valid curated-facts JSON; the message names
   *     the file, line, column, entry and field
   */
  public static PortDataset readCurated(Path file, String origin) {
    return readFile(file, (in, name) -> LoreReader.read(in, name, origin));
  }

  /**
   * Reads curated facts from a stream.
   *
   * @param in the JSON; not closed
   * @param sourceName a name for messages
   * @param origin the origin every fact will carry
   * @return the facts as a dataset without assignments
   * @throws PortDataException if the input is not valid curated-facts JSON
   */
  public static PortDataset readCurated(InputStream in, String sourceName, String origin) {
    return LoreReader.read(in, sourceName, origin);
  }

  /**
   * Reads portlore's runtime dataset.
   *
   * @param in the JSON; not closed
   * @param sourceName a name for messages
   * @return the dataset
   * @throws PortDataException if the input is broken or of a schema version this portlore cannot read (the message
   *     names both versions)
   */
  public static PortDataset readDataset(InputStream in, String sourceName) {
    return DatasetJson.read(in, sourceName);
  }

  /**
   * Writes a dataset in portlore's runtime form: UTF-8 JSON, one record per line, in a stable order, so the same
   * dataset always gives the same bytes.
   *
   * @param dataset the dataset
   * @param header a note written as the first key ({@code "_generated"}), such as how to regenerate the file
   * @param out where to write; not closed
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeDataset(PortDataset dataset, String header, OutputStream out) {
    DatasetJson.write(dataset, header, out);
  }

  /**
   * Compiles a dataset into portlore's compact runtime form: a binary form with a CRC32C checksum that a registry
   * opens without parsing it whole, decoding a port's records when the port is first asked for (see
   * {@link PortDataProvider#loadCompact()}). The same dataset always gives the same bytes.
   *
   * @param dataset the dataset
   * @return the compact form
   * @throws IllegalArgumentException if one port has more than 65,535 records of one kind
   */
  public static byte[] compile(PortDataset dataset) {
    return CompactWriter.compile(java.util.Objects.requireNonNull(dataset, "dataset"));
  }

  /**
   * Reads a whole dataset from portlore's compact runtime form.
   *
   * @param compact the compact form, as {@link #compile(PortDataset)} wrote it; not changed
   * @param sourceName a name for messages
   * @return the dataset
   * @throws PortDataException if the bytes are not compact data, are damaged (the checksum or layout is wrong), or
   *     are of a format or schema version this portlore cannot read (the message names both versions)
   */
  public static PortDataset readCompact(byte[] compact, String sourceName) {
    return CompactData.open(compact.clone(), sourceName).dataset();
  }

  private static PortDataset readFile(Path file, BiFunction<InputStream, String, PortDataset> reader) {
    String name = String.valueOf(file);
    try {
      if (Files.isDirectory(file)) {
        throw new PortDataException(name, "is a directory (expected a file)");
      }
      long size = Files.size(file);
      if (size > Json.MAX_DOCUMENT) {
        throw new PortDataException(
            name, "file of " + size + " bytes is larger than the limit of " + Json.MAX_DOCUMENT + " bytes");
      }
      try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
        return reader.apply(in, name);
      }
    } catch (NoSuchFileException e) {
      throw new PortDataException(name, "no such file (check the path)", e);
    } catch (IOException e) {
      throw new PortDataException(name, "cannot read: " + e, e);
    }
  }
}
