package org.portlore.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.portlore.PortDataException;
import org.portlore.spi.DataFormats;
import org.portlore.spi.PortDataProvider;
import org.portlore.spi.PortDataset;

/**
 * Provides portlore's bundled dataset: this module's resource {@code portlore-dataset.bin}, the dataset in portlore's
 * compact runtime form with its CRC32C checksum, compiled from the reviewable JSON ({@code src/main/dataset} of the
 * project) when the data was generated. {@link org.portlore.PortRegistry} opens it and decodes port by port;
 * {@link #load()} decodes it whole. Neither parses JSON.
 *
 * <p>Registered for the class path ({@code META-INF/services}) and the module path ({@code provides}). Stateless and
 * thread-safe.
 */
public final class BundledDataProvider implements PortDataProvider {
  /** The resource that holds the dataset in the compact runtime form, beside this class. */
  public static final String COMPACT = "portlore-dataset.bin";

  private static final String WHERE = "portlore-data resource org/portlore/data/" + COMPACT;
  private static final String FIX =
      " (the portlore-data jar is damaged or was altered: reinstall org.portlore:portlore-data at the version the"
          + " portlore-bom pins)";

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public BundledDataProvider() {}

  @Override
  public String name() {
    return "portlore-data";
  }

  /**
   * The whole dataset, decoded from the compact resource after its checksum is checked.
   *
   * @return the dataset
   * @throws PortDataException if the resource is missing or damaged (the message says to reinstall portlore-data)
   */
  @Override
  public PortDataset load() {
    return load(read());
  }

  /**
   * The compact resource, which portlore checks (header, versions, CRC32C) when it opens it.
   *
   * @return the bytes
   * @throws PortDataException if the resource is missing
   */
  @Override
  public Optional<byte[]> loadCompact() {
    return Optional.of(read());
  }

  /** Checks and decodes compact bytes, saying what to do when they are damaged. */
  static PortDataset load(byte[] compact) {
    try {
      return DataFormats.readCompact(compact, WHERE);
    } catch (PortDataException e) {
      // The reader already named the resource; keep its words and add what to do.
      String what = e.getMessage().startsWith(WHERE + ": ") ? e.getMessage().substring(WHERE.length() + 2) : e.getMessage();
      throw new PortDataException(WHERE, what + FIX, e);
    }
  }

  private static byte[] read() {
    try (InputStream in = BundledDataProvider.class.getResourceAsStream(COMPACT)) {
      if (in == null) {
        throw new PortDataException(WHERE, "missing" + FIX);
      }
      return readAll(in);
    } catch (IOException e) {
      throw new PortDataException(WHERE, "cannot read: " + e.getMessage() + FIX, e);
    }
  }

  /** Reads a stream whole; a stored jar entry knows its size, so it is read into one array, not copied chunks. */
  static byte[] readAll(InputStream in) throws IOException {
    int size = in.available();
    if (size > 0) {
      byte[] all = new byte[size];
      int n = in.readNBytes(all, 0, size);
      if (n < size) {
        return java.util.Arrays.copyOf(all, n);
      }
      int next = in.read();
      if (next == -1) {
        return all;
      }
      // available() was only an estimate: keep what was read and the rest.
      byte[] rest = in.readAllBytes();
      byte[] joined = java.util.Arrays.copyOf(all, n + 1 + rest.length);
      joined[n] = (byte) next;
      System.arraycopy(rest, 0, joined, n + 1, rest.length);
      return joined;
    }
    return in.readAllBytes();
  }
}
