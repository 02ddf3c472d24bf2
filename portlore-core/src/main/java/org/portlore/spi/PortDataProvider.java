package org.portlore.spi;

/**
 * Supplies portlore with data. The bundled dataset ({@code org.portlore:portlore-data}) registers one through
 * {@code META-INF/services/org.portlore.spi.PortDataProvider} and its module's {@code provides} clause; portlore
 * finds it with {@link java.util.ServiceLoader} the first time the bundled registry is used.
 *
 * <p>Implementations must be thread-safe; {@link #load()} is called at most once per registry that uses it.
 */
public interface PortDataProvider {
  /**
   * A short name for messages, such as {@code "portlore-data 2026.08.17"}.
   *
   * @return the name
   */
  String name();

  /**
   * Loads the data.
   *
   * @return the dataset, complete
   * @throws org.portlore.PortDataException if the data is missing, broken or of a schema portlore cannot read
   */
  PortDataset load();
}
