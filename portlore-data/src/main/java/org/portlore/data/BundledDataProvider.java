package org.portlore.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.portlore.PortDataException;
import org.portlore.spi.DataFormats;
import org.portlore.spi.PortDataProvider;
import org.portlore.spi.PortDataset;

/**
 * Provides portlore's bundled dataset: {@code portlore-dataset.bin}, the compact runtime form that
 * {@link org.portlore.PortRegistry} opens and decodes port by port, and {@code portlore-dataset.json}, the same data
 * as JSON, checked against its SHA-256 checksum ({@code portlore-dataset.json.sha256}) before it is parsed.
 *
 * <p>Registered for the class path ({@code META-INF/services}) and the module path ({@code provides}). Stateless and
 * thread-safe; portlore calls {@link #load()} once.
 */
public final class BundledDataProvider implements PortDataProvider {
  /** The resource that holds the dataset, beside this class. */
  public static final String RESOURCE = "portlore-dataset.json";
  /** The resource that holds the dataset's SHA-256, in hex. */
  public static final String CHECKSUM = RESOURCE + ".sha256";
  /** The resource that holds the same dataset in portlore's compact runtime form, with its own CRC32C. */
  public static final String COMPACT = "portlore-dataset.bin";

  private static final String WHERE = "portlore-data resource org/portlore/data/" + RESOURCE;
  private static final String FIX =
      " (the portlore-data jar is damaged or was altered: reinstall org.portlore:portlore-data at the version the"
          + " portlore-bom pins)";

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public BundledDataProvider() {}

  @Override
  public String name() {
    return "portlore-data";
  }

  @Override
  public PortDataset load() {
    return load(read(RESOURCE), new String(read(CHECKSUM), StandardCharsets.US_ASCII).strip());
  }

  /**
   * The dataset in portlore's compact runtime form, compiled from {@code portlore-dataset.json} when the data was
   * generated; portlore checks its CRC32C when it opens it.
   */
  @Override
  public Optional<byte[]> loadCompact() {
    return Optional.of(read(COMPACT));
  }

  /** Checks the bytes against the checksum, then parses them. */
  static PortDataset load(byte[] data, String expectedSha256) {
    String actual = sha256(data);
    if (!actual.equalsIgnoreCase(expectedSha256)) {
      throw new PortDataException(
          WHERE, "checksum mismatch: expected SHA-256 " + expectedSha256 + ", found " + actual + FIX);
    }
    return DataFormats.readDataset(new ByteArrayInputStream(data), WHERE);
  }

  static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  private static byte[] read(String resource) {
    try (InputStream in = BundledDataProvider.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new PortDataException("portlore-data resource org/portlore/data/" + resource, "missing" + FIX);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new PortDataException("portlore-data resource org/portlore/data/" + resource,
          "cannot read: " + e.getMessage() + FIX, e);
    }
  }
}
