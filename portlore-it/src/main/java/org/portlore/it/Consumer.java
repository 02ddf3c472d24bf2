package org.portlore.it;

import org.portlore.PortInfo;
import org.portlore.PortRegistry;

/** What a firewall module would write: one call, no knowledge of where the data lives. */
public final class Consumer {
  private Consumer() {}

  /**
   * Describes a port in one line.
   *
   * @param port the port
   * @return its range and first service, such as {@code "1973 user dlsrap"}
   */
  public static String describe(int port) {
    PortInfo info = PortRegistry.lookup(port);
    String service = info.assignments().stream()
        .flatMap(a -> a.service().stream())
        .findFirst()
        .orElse("-");
    return port + " " + info.range().token() + " " + service;
  }
}
