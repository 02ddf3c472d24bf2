package org.portlore;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.portlore.spi.DataFormats;

/**
 * Fuzzes the IANA XML importer ({@link DataFormats#readIanaXml(java.io.InputStream, String)}): a registry file is
 * downloaded from the network and may be damaged or hostile.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs each file of {@code IanaXmlFuzzTestInputs/readIanaXml/} (test resources)
 * once, as a regression test; with {@code JAZZER_FUZZ=1} Jazzer mutates them. The contract is in
 * {@link FuzzContract}.
 */
class IanaXmlFuzzTest {
  private static final String SOURCE = "fuzz.xml";

  @FuzzTest(maxDuration = "2m")
  void readIanaXml(byte[] input) {
    FuzzContract.readFile(SOURCE, () -> DataFormats.readIanaXml(new ByteArrayInputStream(input), SOURCE))
        .ifPresent(FuzzContract::checkImported);
  }
}
