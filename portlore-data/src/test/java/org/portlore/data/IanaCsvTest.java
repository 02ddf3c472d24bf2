package org.portlore.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.portlore.PortDatabase;
import org.portlore.Transport;
import org.portlore.spi.DataFormats;
import org.portlore.spi.PortDataset;

class IanaCsvTest {
  @Test
  void importsIanasCsvWhole() {
    assumeTrue(Files.isRegularFile(SharedFiles.ianaCsv()), "IANA's CSV is not beside the project");
    PortDataset csv = DataFormats.readIanaCsv(SharedFiles.ianaCsv());
    assertThat(csv.metadata().registryDate()).isEqualTo("2026-02-25");
    assertThat(csv.metadata().counts().get("records")).isEqualTo(14_500);
    PortDatabase db = PortDatabase.builder().dataset(csv).build();
    assertThat(db.lookup(1973, Transport.UDP).service(Transport.UDP)).contains("dlsrap");
    assertThat(db.query("ssh")).extracting(i -> i.port()).containsExactly(22);
    assertThat(db.byService("ssh")).filteredOn(a -> a.ports().isPresent()).hasSize(3);
    assertThat(db.lookup(6010).service(Transport.TCP)).contains("x11");
    assertThat(db.lookup(1521).assignments().get(0).unauthorizedUse()).isPresent();
  }

  @Test
  void readIanaTellsCsvFromXml() {
    assumeTrue(SharedFiles.haveIana() && Files.isRegularFile(SharedFiles.ianaCsv()));
    assertThat(DataFormats.readIana(SharedFiles.ianaCsv()).metadata().registryDate()).isEqualTo("2026-02-25");
    assertThat(DataFormats.readIana(SharedFiles.ianaXml()).metadata().registryDate()).isEqualTo("2026-08-17");
  }
}
