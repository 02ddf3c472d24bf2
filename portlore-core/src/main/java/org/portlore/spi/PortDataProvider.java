package org.portlore.spi;

import java.util.Optional;

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

  /**
   * The same data in portlore's compact runtime form ({@link DataFormats#compile(PortDataset)}), if this provider
   * has it. When the bundled data comes from one provider that has it, portlore opens it and decodes a port's
   * records only when the port is first asked for, instead of calling {@link #load()}: the first lookup is fast and
   * the registry stays small.
   *
   * @return a fresh array that portlore keeps (the provider must not change it), or empty (the default) to have
   *     portlore call {@link #load()}
   * @throws org.portlore.PortDataException if the data is missing or broken
   */
  default Optional<byte[]> loadCompact() {
    return Optional.empty();
  }
}
