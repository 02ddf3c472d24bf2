package org.portlore.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.portlore.PortDataException;
import org.portlore.spi.DataFormats;
import org.portlore.spi.PortDataProvider;
import org.portlore.spi.PortDataset;

/**
 * Provides portlore's bundled dataset, read from this module's resource {@code portlore-dataset.json}.
 *
 * <p>Registered for the class path ({@code META-INF/services}) and the module path ({@code provides}). Stateless and
 * thread-safe; portlore calls {@link #load()} once.
 */
public final class BundledDataProvider implements PortDataProvider {
  /** The resource that holds the dataset, beside this class. */
  public static final String RESOURCE = "portlore-dataset.json";

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public BundledDataProvider() {}

  @Override
  public String name() {
    return "portlore-data";
  }

  @Override
  public PortDataset load() {
    String where = "portlore-data resource org/portlore/data/" + RESOURCE;
    try (InputStream raw = BundledDataProvider.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new PortDataException(
            where, "missing from the portlore-data jar (the jar is damaged: use the version the portlore-bom pins)");
      }
      return DataFormats.readDataset(new BufferedInputStream(raw, 1 << 16), where);
    } catch (IOException e) {
      throw new PortDataException(where, "cannot read: " + e.getMessage() + " (the jar may be damaged)", e);
    }
  }
}
