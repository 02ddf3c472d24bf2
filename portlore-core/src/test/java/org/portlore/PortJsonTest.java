package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.portlore.internal.Json;

/** The hand-written JSON is Jackson's serialization of the model, character for character. */
class PortJsonTest {
  private final ObjectMapper mapper = Json.mapper();
  private final PortDatabase db = Fixtures.database();

  @Test
  void everyPortWritesExactlyWhatJacksonWrites() throws Exception {
    for (int p = 0; p <= 65535; p++) {
      PortInfo info = db.lookup(p);
      assertThat(PortJson.toJson(info)).as("port %d", p).isEqualTo(mapper.writeValueAsString(info));
      if (info.isKnown()) {
        for (Transport t : Transport.values()) {
          PortInfo on = db.lookup(p, t);
          assertThat(PortJson.toJson(on)).as("port %d on %s", p, t).isEqualTo(mapper.writeValueAsString(on));
        }
      }
    }
  }

  @Test
  void everyConflictAndVerdictWritesExactlyWhatJacksonWrites() throws Exception {
    assertThat(db.conflicts()).isNotEmpty();
    for (Conflict c : db.conflicts()) {
      assertThat(PortJson.toJson(c)).isEqualTo(mapper.writeValueAsString(c));
    }
    for (String observed : new String[] {"dlsrap", "KGB-RAT", "http", "nothing like it"}) {
      Verdict v = db.verdict(1973, Transport.TCP, observed);
      assertThat(PortJson.toJson(v)).as(observed).isEqualTo(mapper.writeValueAsString(v));
    }
  }

  @Test
  void stringsAreEscapedAsJacksonEscapesThem() throws Exception {
    String nasty = "quote \" backslash \\ tab \t nl \n cr \r ff \f bs \b nul \u0000 us \u001f del \u007f é 日本 "
        + "\u2028 \uD83D\uDE00 </script>";
    UnofficialUse use = ImmutableUnofficialUse.builder().port(7).name(nasty).category("c").description(nasty)
        .addSources(Source.url("https://example.org/?a=1&b=\"2\"")).origin(nasty).build();
    PortInfo info = ImmutablePortInfo.builder().port(7).addUnofficialUses(use).build();
    assertThat(PortJson.toJson(info)).isEqualTo(mapper.writeValueAsString(info));
    assertThat(PortJson.toJson(info)).contains("nul \\u0000 us \\u001F del \u007f");
  }

  @Test
  void aPortsJsonIsWrittenOnceAndKept() throws Exception {
    PortInfo info = db.lookup(1973);
    String first = info.toJson();
    assertThat(first).isEqualTo(mapper.writeValueAsString(info));
    assertThat(info.toJson()).isSameAs(first);
    assertThat(db.lookup(1973).toJson()).isSameAs(first);
  }

  @Test
  void theKeptJsonIsNeitherPartOfTheJsonFormNorOfEquality() throws Exception {
    PortInfo written = db.lookup(22);
    written.toJson();
    PortInfo fresh = ImmutablePortInfo.builder().from(written).build();
    assertThat(fresh).isNotSameAs(written);
    assertThat(mapper.writeValueAsString(written)).doesNotContain("toJson");
    assertThat(fresh).isEqualTo(written).hasSameHashCodeAs(written);
  }
}
