package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portlore.internal.Json;

class JsonFormTest {
  private final ObjectMapper mapper = Json.mapper();
  private final PortDatabase db = Fixtures.database();

  @Test
  void portInfoHasTheContractKeysInOrder() throws Exception {
    JsonNode node = mapper.readTree(mapper.writeValueAsString(db.lookup(1973)));
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly(
        "port", "range", "assignments", "unofficialUses", "threats", "history", "standing", "conflicts", "ephemeral");
    assertThat(node.get("range").asText()).isEqualTo("user");
    assertThat(node.at("/assignments/0/service").asText()).isEqualTo("dlsrap");
    assertThat(node.at("/assignments/0/transport").asText()).isEqualTo("tcp");
    assertThat(node.at("/threats/0/aliases/0").asText()).isEqualTo("Backdoor.Win32.Small.bu");
    assertThat(node.at("/threats/0/sources/0/url").asText()).isEqualTo("https://example.org/kgb");
    assertThat(node.at("/history/1/date").asText()).isEqualTo("1997-02");
    assertThat(node.at("/conflicts/0/type").asText()).isEqualTo("malware-squat");
  }

  @Test
  void anUnassignedPortSerializesWithEmptyLists() throws Exception {
    assertThat(mapper.writeValueAsString(db.lookup(40000)))
        .isEqualTo("{\"port\":40000,\"range\":\"user\",\"assignments\":[],\"unofficialUses\":[],\"threats\":[],"
            + "\"history\":[],\"standing\":[],\"conflicts\":[],\"ephemeral\":[{\"system\":\"linux\",\"first\":32768,"
            + "\"last\":60999,\"note\":\"Linux default net.ipv4.ip_local_port_range\"},{\"system\":\"freebsd\","
            + "\"first\":10000,\"last\":65535,\"note\":\"FreeBSD net.inet.ip.portrange.first/last\"}]}");
  }

  @Test
  void portInfoRoundTripsThroughJson() throws Exception {
    for (int port : new int[] {0, 80, 373, 514, 1973, 6010, 40000}) {
      PortInfo info = db.lookup(port);
      PortInfo back = mapper.readValue(mapper.writeValueAsString(info), PortInfo.class);
      assertThat(back).isEqualTo(info);
    }
  }

  @Test
  void verdictsAndConflictsSerializeWithLowerCaseKinds() throws Exception {
    String v = mapper.writeValueAsString(db.verdict(1973, Transport.TCP, "KGB-RAT"));
    assertThat(v).startsWith("{\"port\":1973,\"transport\":\"tcp\",\"observed\":\"KGB-RAT\",\"kind\":\"threat\"");
    Conflict c = db.conflicts(Conflict.Type.TRANSPORT_MISMATCH).get(0);
    assertThat(mapper.readValue(mapper.writeValueAsString(c), Conflict.class)).isEqualTo(c);
  }

  @Test
  void absentOptionalFieldsAreLeftOut() throws Exception {
    String reserved = mapper.writeValueAsString(db.lookup(0).assignments().get(0));
    assertThat(reserved).doesNotContain("\"service\"").doesNotContain("null").contains("\"status\":\"reserved\"");
  }
}
