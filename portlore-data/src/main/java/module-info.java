/**
 * portlore's bundled dataset: IANA's Service Name and Transport Protocol Port Number Registry and portlore's
 * curated lore, compiled into one runtime file and provided to {@code org.portlore} as a
 * {@link org.portlore.spi.PortDataProvider}.
 */
module org.portlore.data {
  requires org.portlore;

  provides org.portlore.spi.PortDataProvider with
      org.portlore.data.BundledDataProvider;
}
