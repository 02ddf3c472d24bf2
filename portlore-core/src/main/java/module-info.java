/**
 * portlore core: the {@link org.portlore.PortRegistry} API, the immutable model, range classification, conflict
 * detection and the IANA importer.
 *
 * <p>Exports {@code org.portlore} (API and model) and {@code org.portlore.spi} (how data is provided) and nothing
 * else. Data comes from a {@link org.portlore.spi.PortDataProvider}, such as the one in {@code org.portlore.data}.
 */
module org.portlore {
  requires static org.immutables.value.annotations;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires java.xml;

  exports org.portlore;
  exports org.portlore.spi;

  opens org.portlore to com.fasterxml.jackson.databind;
  opens org.portlore.spi to com.fasterxml.jackson.databind;
  opens org.portlore.internal to com.fasterxml.jackson.databind;

  uses org.portlore.spi.PortDataProvider;
}
