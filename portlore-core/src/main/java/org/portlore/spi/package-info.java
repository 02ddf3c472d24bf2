/**
 * How data reaches portlore: a {@link org.portlore.spi.PortDataProvider} supplies a
 * {@link org.portlore.spi.PortDataset}; {@link org.portlore.spi.DataFormats} reads and writes portlore's data formats.
 */
@PortloreStyle
package org.portlore.spi;

import org.portlore.internal.PortloreStyle;
