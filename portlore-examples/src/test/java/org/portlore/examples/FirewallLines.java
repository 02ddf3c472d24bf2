package org.portlore.examples;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The firewall lines both pipelines' tests feed in, and a JSON reader for what comes out. */
final class FirewallLines {
  static final String SSH = "src=203.0.113.7 dst=192.0.2.10 proto=tcp spt=51514 dpt=22 action=allow";
  static final String KGB_RAT_PORT = "src=198.51.100.23 dst=192.0.2.10 proto=tcp spt=40213 dpt=1973 action=drop";
  static final String KGB_RAT_SEEN =
      "src=198.51.100.23 dst=192.0.2.10 PROTO=TCP spt=40214 dpt=1973 action=ALLOW app=KGB-RAT";
  static final String UNASSIGNED = "src=192.0.2.44 dst=192.0.2.10 proto=udp spt=61000 dpt=4 action=drop";
  static final String PING = "src=192.0.2.44 dst=192.0.2.1 proto=icmp action=allow";
  static final String GARBAGE = "<134>Nov 22 06:58:52 fw01 kernel: something else entirely";
  static final String BAD_PORT = "src=192.0.2.44 dst=192.0.2.10 proto=tcp spt=1 dpt=70000 action=drop";
  static final String NO_PORT = "src=192.0.2.44 dst=192.0.2.10 proto=tcp action=drop";

  static final List<String> GOOD = List.of(SSH, KGB_RAT_PORT, KGB_RAT_SEEN, UNASSIGNED, PING);
  static final List<String> BAD = List.of(GARBAGE, BAD_PORT, NO_PORT);

  private static final ObjectMapper JSON = new ObjectMapper();

  private FirewallLines() {}

  static Map<String, Object> read(String json) {
    try {
      return JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
