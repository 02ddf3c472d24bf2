package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.portlore.internal.Json;

/**
 * Fuzzes {@link PortExpression#parse}, which reads what people and detectors write in rules and logs: input portlore
 * cannot trust.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs each file of {@code PortExpressionFuzzTestInputs/parse/} (test
 * resources) once, as a regression test. With {@code JAZZER_FUZZ=1} Jazzer mutates them for {@code maxDuration}.
 * The input bytes are read as UTF-8, so a seed file is simply the expression as text.
 */
class PortExpressionFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void parse(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    PortExpression e;
    try {
      e = PortExpression.parse(text);
    } catch (IllegalArgumentException refused) {
      FuzzContract.checkMessage(refused.getMessage());
      assertThat(refused.getMessage()).contains("expected");
      return;
    }
    assertThat(e.text()).isEqualTo(text.strip());
    assertThat(e.terms()).isNotEmpty().hasSizeLessThanOrEqualTo(PortExpression.MAX_TERMS);
    List<String> canonical = new ArrayList<>();
    for (PortExpression.Term t : e.terms()) {
      // a term is ports or a service name, never both, never neither
      assertThat(t.ports().isPresent()).isNotEqualTo(t.service().isPresent());
      t.ports().ifPresent(FuzzContract::checkSpan);
      t.service().ifPresent(s -> assertThat(s).matches("[A-Za-z0-9][A-Za-z0-9._+*-]{0,62}"));
      assertThat(t.text()).isNotEmpty().isEqualTo(t.text().strip());
      String value = t.ports().map(PortSpan::toString).orElseGet(() -> t.service().orElseThrow());
      canonical.add(value + t.transport().map(tr -> "/" + tr.token()).orElse(""));
    }
    // the canonical rendering (6000-6063/tcp, ssh/udp) reads back as the same terms
    PortExpression again = PortExpression.parse(String.join(",", canonical));
    assertThat(again.terms()).hasSameSizeAs(e.terms());
    for (int i = 0; i < e.terms().size(); i++) {
      PortExpression.Term a = e.terms().get(i);
      PortExpression.Term b = again.terms().get(i);
      assertThat(b.ports()).isEqualTo(a.ports());
      assertThat(b.service()).isEqualTo(a.service());
      assertThat(b.transport()).isEqualTo(a.transport());
    }
    // and its documented JSON form round-trips
    try {
      String json = Json.mapper().writeValueAsString(e);
      assertThat(Json.mapper().readValue(json, PortExpression.class)).isEqualTo(e);
    } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
      throw new AssertionError("JSON round trip of " + e, ex);
    }
  }
}
