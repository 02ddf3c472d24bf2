package org.portlore.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading the data resource whole, whatever the stream says of its size. */
class ResourceReadTest {
  /** A stream that claims a fixed number of available bytes, right or wrong. */
  private static InputStream claiming(byte[] data, int available) {
    return new ByteArrayInputStream(data) {
      @Override
      public synchronized int available() {
        return available;
      }
    };
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 999, 1000, 1001, 5000})
  void readsEveryByteWhetherTheClaimedSizeIsRightShortOrLong(int claimed) throws IOException {
    byte[] data = new byte[1000];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) (i * 31);
    }
    assertThat(BundledDataProvider.readAll(claiming(data, claimed))).isEqualTo(data);
  }
}
