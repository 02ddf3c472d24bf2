/**
 * portlore's API and model: {@link org.portlore.PortRegistry} answers what is known about a port as a
 * {@link org.portlore.PortInfo}.
 *
 * <p>Every value type here is immutable and thread-safe; absent values are {@link java.util.Optional} or empty
 * lists, never {@code null}.
 */
@PortloreStyle
package org.portlore;

import org.portlore.internal.PortloreStyle;
