package org.portlore;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.portlore.spi.DataFormats;

/**
 * Fuzzes the IANA CSV importer ({@link DataFormats#readIanaCsv(java.io.InputStream, String)}): a registry file is
 * downloaded from the network and may be damaged or hostile.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs each file of {@code IanaCsvFuzzTestInputs/readIanaCsv/} (test resources)
 * once, as a regression test; with {@code JAZZER_FUZZ=1} Jazzer mutates them. The contract is in
 * {@link FuzzContract}.
 */
class IanaCsvFuzzTest {
  private static final String SOURCE = "fuzz.csv";

  @FuzzTest(maxDuration = "2m")
  void readIanaCsv(byte[] input) {
    FuzzContract.readFile(SOURCE, () -> DataFormats.readIanaCsv(new ByteArrayInputStream(input), SOURCE))
        .ifPresent(FuzzContract::checkImported);
  }
}
