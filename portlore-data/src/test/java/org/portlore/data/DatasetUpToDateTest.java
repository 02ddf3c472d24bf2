package org.portlore.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.portlore.spi.DataFormats;
import org.portlore.spi.PortDataset;

/** The committed dataset (JSON and compact form) is what the generator makes of its sources: regenerate after every edit. */
class DatasetUpToDateTest {
  private static final String HINT =
      "the committed dataset is stale: run ./mvnw -B -ntp -P regenerate-data -pl portlore-data -am process-test-classes";

  @Test
  void theCuratedFactsOfTheDatasetAreThoseOfTheLoreFiles() throws Exception {
    PortDataset lore = DatasetGenerator.readLore(SharedFiles.loreDir());
    PortDataset bundled;
    try (InputStream in = Files.newInputStream(SharedFiles.datasetFile())) {
      bundled = DataFormats.readDataset(in, "committed dataset");
    }
    assertThat(bundled.unofficialUses()).as(HINT).isEqualTo(lore.unofficialUses());
    assertThat(bundled.threats()).as(HINT).isEqualTo(lore.threats());
    assertThat(bundled.standing()).as(HINT).isEqualTo(lore.standing());
    assertThat(bundled.history()).as(HINT).containsAll(lore.history());
  }

  @Test
  void theCommittedDatasetIsByteForByteAFreshImport() throws Exception {
    assumeTrue(SharedFiles.haveIana(), "IANA's XML is not beside the project: " + SharedFiles.ianaXml());
    byte[] fresh = DatasetGenerator.render(
        DatasetGenerator.generate(SharedFiles.ianaXml(), SharedFiles.loreDir(), System.getProperty("portlore.data.release")));
    byte[] committed = Files.readAllBytes(SharedFiles.datasetFile());
    assertThat(committed.length).as(HINT).isEqualTo(fresh.length);
    assertThat(committed).as(HINT).isEqualTo(fresh);
  }

  @Test
  void theCommittedCompactFormIsTheCompiledJson() throws Exception {
    byte[] json = Files.readAllBytes(SharedFiles.datasetFile());
    byte[] bin = Files.readAllBytes(SharedFiles.compactFile());
    assertThat(bin).as(HINT).isEqualTo(DatasetGenerator.compile(json));
    assertThat(DataFormats.readCompact(bin, "committed compact form"))
        .isEqualTo(DataFormats.readDataset(new java.io.ByteArrayInputStream(json), "committed dataset"));
  }

  @Test
  void aCorruptedDataJarIsRefusedWithWhatToDo() throws Exception {
    byte[] committed = Files.readAllBytes(SharedFiles.compactFile());
    byte[] corrupted = committed.clone();
    corrupted[corrupted.length / 2] ^= 0x20;
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> BundledDataProvider.load(corrupted))
        .isInstanceOf(org.portlore.PortDataException.class)
        .hasMessageContaining("checksum mismatch")
        .hasMessageContaining("reinstall org.portlore:portlore-data");
    assertThat(BundledDataProvider.load(committed).assignments()).isNotEmpty();
  }

  @Test
  void theGeneratorIsDeterministic() throws Exception {
    assumeTrue(SharedFiles.haveIana(), "IANA's XML is not beside the project");
    String release = System.getProperty("portlore.data.release");
    assertThat(DatasetGenerator.render(DatasetGenerator.generate(SharedFiles.ianaXml(), SharedFiles.loreDir(), release)))
        .isEqualTo(DatasetGenerator.render(DatasetGenerator.generate(SharedFiles.ianaXml(), SharedFiles.loreDir(), release)));
  }

  @Test
  void theGeneratedFileSaysSoAndHowToRegenerate() throws Exception {
    String head = new String(Files.readAllBytes(SharedFiles.datasetFile()), 0, 400, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(head).startsWith("{\"_generated\":\"GENERATED FILE, do not edit.")
        .contains("./mvnw -B -ntp -P regenerate-data -pl portlore-data -am process-test-classes");
  }
}
