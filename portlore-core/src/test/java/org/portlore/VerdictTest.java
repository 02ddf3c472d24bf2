package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerdictTest {
  private final PortDatabase db = Fixtures.database();

  @ParameterizedTest
  @ValueSource(strings = {"ssh", "SSH", " ssh ", "OpenSSH"})
  void theAssignedServiceIsExpected(String observed) {
    Verdict v = db.verdict(22, Transport.TCP, observed);
    assertThat(v.kind()).isEqualTo(Verdict.Kind.EXPECTED);
    assertThat(v.assignments()).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http", "HTTP", "www", "www-http"})
  void detectorSpellingsOfTheSameServiceAreExpected(String observed) {
    assertThat(db.verdict(80, Transport.TCP, observed).kind()).isEqualTo(Verdict.Kind.EXPECTED);
  }

  @Test
  void aDocumentedUnofficialUseIsUnofficial() {
    Verdict v = db.verdict(1521, Transport.TCP, "oracle");
    assertThat(v.kind()).isEqualTo(Verdict.Kind.UNOFFICIAL);
    assertThat(v.unofficialUses()).extracting(UnofficialUse::name).containsExactly("Oracle Database listener");
  }

  @ParameterizedTest
  @ValueSource(strings = {"KGB-RAT", "kgb rat", "Backdoor.Win32.Small.bu"})
  void aKnownThreatIsAThreat(String observed) {
    Verdict v = db.verdict(1973, Transport.TCP, observed);
    assertThat(v.kind()).isEqualTo(Verdict.Kind.THREAT);
    assertThat(v.threats()).extracting(Threat::name).containsExactly("KGB-RAT");
  }

  @Test
  void anythingElseIsUnexpectedSayingWhatIanaAssigns() {
    Verdict v = db.verdict(1973, Transport.TCP, "http");
    assertThat(v.kind()).isEqualTo(Verdict.Kind.UNEXPECTED);
    assertThat(v.explanation()).contains("dlsrap");
  }

  @Test
  void threatsOnlyMatchOnTheirTransport() {
    assertThat(db.verdict(1973, Transport.UDP, "KGB-RAT").kind()).isEqualTo(Verdict.Kind.UNEXPECTED);
  }

  @Test
  void rejectsBlankObservationsAndBadPorts() {
    assertThatThrownBy(() -> db.verdict(22, Transport.TCP, " ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> db.verdict(70000, Transport.TCP, "ssh")).hasMessageContaining("70000");
  }
}
