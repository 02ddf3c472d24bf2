package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.portlore.spi.DataFormats;
import org.portlore.spi.PortDataset;

class CuratedFormatTest {
  private static PortDataset read(String json) {
    return DataFormats.readCurated(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "o.json", "overlay:o.json");
  }

  private static String failure(String json) {
    try {
      read(json);
    } catch (PortDataException e) {
      return e.getMessage();
    }
    throw new AssertionError("no failure for " + json);
  }

  @Test
  void readsEveryKindWithItsOrigin() {
    PortDataset d = Fixtures.lore();
    assertThat(d.unofficialUses()).hasSize(4);
    assertThat(d.threats()).hasSize(2);
    assertThat(d.history()).hasSize(2);
    assertThat(d.standing()).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(Standing.Status.EXTINCT));
    assertThat(d.threats().get(0).aliases()).containsExactly("Backdoor.Win32.Small.bu");
    assertThat(d.unofficialUses()).allSatisfy(u -> assertThat(u.origin()).isEqualTo("portlore"));
    assertThat(read("{\"entries\":[{\"kind\":\"use\",\"port\":1,\"name\":\"n\",\"description\":\"d\",\"sources\":[\"RFC 1\"]}]}")
            .unofficialUses().get(0).origin())
        .isEqualTo("overlay:o.json");
  }

  @Test
  void refusesAFractionalPortRatherThanRoundingIt() {
    assertThat(failure("{\"entries\":[{\"kind\":\"use\",\"port\":80.5,\"name\":\"n\",\"description\":\"d\","
            + "\"sources\":[\"RFC 1\"]}]}"))
        .startsWith("o.json: line 1, column ").contains("entry 1, field 'port'").contains("80.5");
  }

  @Test
  void namesANullAmongTheAliases() {
    assertThat(failure("{\"entries\":[{\"kind\":\"threat\",\"port\":1,\"name\":\"n\",\"aliases\":[\"a\",null],"
            + "\"description\":\"d\",\"sources\":[\"RFC 1\"]}]}"))
        .endsWith("entry 1 (port 1): field 'aliases': null in the list (expected names)");
  }

  @Test
  void ignoresUnknownFieldsSoOldReadersSurviveNewData() {
    PortDataset d = read("{\"version\":9,\"entries\":[{\"kind\":\"use\",\"port\":1,\"name\":\"n\",\"description\":\"d\","
        + "\"sources\":[\"RFC 1\"],\"futureField\":{\"a\":[1,2]}}]}");
    assertThat(d.unofficialUses()).hasSize(1);
  }

  @Test
  void refusesFactsWithoutSourcesNamingLineColumnEntryAndField() {
    String msg = failure("{\"entries\":[\n  {\"kind\":\"use\",\"port\":1,\"name\":\"n\",\"description\":\"d\",\"sources\":[]}]}");
    assertThat(msg).startsWith("o.json: line 2, column 3: entry 1 (port 1): field 'sources'");
  }

  @Test
  void refusesWrongTypesNamingTheField() {
    String msg = failure("{\"entries\":[{\"kind\":\"use\",\"port\":\"eighty\",\"name\":\"n\"}]}");
    assertThat(msg).contains("o.json: line 1").contains("entry 1").contains("field 'port'");
  }

  @Test
  void refusesPortsOutsideTheRange() {
    assertThat(failure("{\"entries\":[{\"kind\":\"use\",\"port\":70000,\"name\":\"n\",\"description\":\"d\",\"sources\":[\"RFC 1\"]}]}"))
        .contains("entry 1 (port 70000)").contains("0 to 65535");
  }

  @Test
  void refusesUnknownKindsAndTransports() {
    assertThat(failure("{\"entries\":[{\"kind\":\"rumour\",\"port\":1,\"sources\":[\"RFC 1\"]}]}")).contains("unknown kind 'rumour'");
    assertThat(failure("{\"entries\":[{\"kind\":\"use\",\"port\":1,\"name\":\"n\",\"description\":\"d\",\"transports\":[\"icmp\"],"
            + "\"sources\":[\"RFC 1\"]}]}"))
        .contains("field 'transports'").contains("icmp");
  }

  @Test
  void refusesBadDatesAndUncheckableSources() {
    assertThat(failure("{\"entries\":[{\"kind\":\"history\",\"port\":1,\"date\":\"1997-13\",\"event\":\"e\",\"sources\":[\"RFC 1\"]}]}"))
        .contains("1997-13");
    assertThat(failure("{\"entries\":[{\"kind\":\"history\",\"port\":1,\"date\":\"1997\",\"event\":\"e\",\"sources\":[\"a friend\"]}]}"))
        .contains("field 'sources'").contains("a friend");
  }

  @Test
  void refusesBrokenJsonAndWrongShapes() {
    assertThat(failure("{\"entries\":[{\"kind\":\"use\",")).startsWith("o.json: line 1");
    assertThat(failure("[]")).contains("expected a JSON object");
    assertThat(failure("{}")).contains("no 'entries' array");
    assertThat(failure("{\"entries\":{}}")).contains("expected an array");
    assertThat(failure("{\"entries\":[null]}")).contains("entry 1");
    assertThat(failure("{\"entries\":[]} trailing")).contains("o.json");
  }

  @Test
  void refusesDeepNesting() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    assertThat(failure("{\"x\":" + deep + ",\"entries\":[]}")).contains("o.json");
  }
}
