package org.portlore.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.portlore.Curated;
import org.portlore.DatasetMetadata;
import org.portlore.ImmutableDatasetMetadata;
import org.portlore.spi.DataFormats;
import org.portlore.spi.ImmutablePortDataset;
import org.portlore.spi.PortDataset;

/**
 * Builds portlore-data's dataset from IANA's XML and the curated lore files: the reviewable JSON
 * ({@code src/main/dataset/portlore-dataset.json}) and, compiled from it, the compact runtime form that the jar
 * carries ({@code portlore-dataset.bin}). The same inputs always give the same bytes.
 *
 * <p>Run: {@code ./mvnw -B -ntp -P regenerate-data -pl portlore-data -am process-test-classes}
 */
public final class DatasetGenerator {
  /** The note at the top of the generated file. */
  static final String HEADER =
      "GENERATED FILE, do not edit. Built from IANA's service-names-port-numbers.xml and portlore-data/src/main/lore"
          + " by: ./mvnw -B -ntp -P regenerate-data -pl portlore-data -am process-test-classes";

  private DatasetGenerator() {}

  /**
   * Regenerates the dataset file.
   *
   * @param args IANA XML, lore folder, data release, output file
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 5) {
      throw new IllegalArgumentException("usage: DatasetGenerator IANA_XML LORE_DIR RELEASE JSON_OUTPUT BIN_OUTPUT");
    }
    byte[] bytes = render(generate(Path.of(args[0]), Path.of(args[1]), args[2]));
    Files.write(Path.of(args[3]), bytes);
    System.out.println("wrote " + args[3] + " (" + bytes.length + " bytes)");
    Path bin = Path.of(args[4]);
    byte[] compact = compile(bytes);
    Files.write(bin, compact);
    System.out.println("wrote " + bin + " (" + compact.length + " bytes)");
  }

  /** Imports IANA's XML and the lore files into one dataset. */
  static PortDataset generate(Path ianaXml, Path loreDir, String release) throws IOException {
    PortDataset iana = DataFormats.readIanaXml(ianaXml);
    PortDataset lore = readLore(loreDir);
    Map<String, Integer> counts = new LinkedHashMap<>(iana.metadata().counts());
    counts.put("unofficialUses", lore.unofficialUses().size());
    counts.put("threats", lore.threats().size());
    counts.put("history", lore.history().size());
    counts.put("standing", lore.standing().size());
    counts.put("loreFiles", lore.metadata().counts().getOrDefault("files", 0));
    DatasetMetadata md =
        ImmutableDatasetMetadata.copyOf(iana.metadata())
            .withDataVersion(release)
            .withSource(iana.metadata().source() + "; curated lore by the portlore project")
            .withCounts(counts);
    return ImmutablePortDataset.builder()
        .from(lore)
        .metadata(md)
        .assignments(iana.assignments())
        .history(iana.history())
        .addAllHistory(lore.history())
        .build();
  }

  /** Reads every lore file of a folder, in name order. */
  static PortDataset readLore(Path loreDir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(loreDir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    ImmutablePortDataset.Builder b = ImmutablePortDataset.builder();
    for (Path f : files) {
      PortDataset d = DataFormats.readCurated(f, Curated.PORTLORE);
      b.addAllUnofficialUses(d.unofficialUses())
          .addAllThreats(d.threats())
          .addAllHistory(d.history())
          .addAllStanding(d.standing());
    }
    return b.metadata(
            ImmutableDatasetMetadata.builder()
                .schemaVersion(DatasetMetadata.CURRENT_SCHEMA)
                .dataVersion("")
                .registryDate("")
                .buildDate("")
                .source(loreDir.toString())
                .putCounts("files", files.size())
                .build())
        .build();
  }

  /** The compact runtime form of the JSON dataset: compiled from the JSON as written, so both say the same. */
  static byte[] compile(byte[] json) {
    return DataFormats.compile(DataFormats.readDataset(new java.io.ByteArrayInputStream(json), "generated dataset"));
  }

  /** The JSON form of a dataset. */
  static byte[] render(PortDataset d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 22);
    DataFormats.writeDataset(d, HEADER, out);
    return out.toByteArray();
  }

}
