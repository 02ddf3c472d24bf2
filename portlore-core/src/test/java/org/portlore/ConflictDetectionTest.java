package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConflictDetectionTest {
  private final PortDatabase db = Fixtures.database();

  @Test
  void anUnofficialUseAgainstTheAssignmentIsAConflictNamingBothFacts() {
    assertThat(db.lookup(373).conflicts()).singleElement().satisfies(c -> {
      assertThat(c.type()).isEqualTo(Conflict.Type.UNOFFICIAL_USE);
      assertThat(c.facts()).anySatisfy(f -> assertThat(f).contains("legent-1").contains("Legent Corporation"));
      assertThat(c.facts()).anySatisfy(f -> assertThat(f).contains("AppleTalk Session Protocol"));
      assertThat(c.sources()).extracting(Source::kind).contains(Source.Kind.IANA, Source.Kind.URL);
    });
  }

  @Test
  void aUseThatImplementsTheAssignedServiceIsNoConflict() {
    assertThat(db.lookup(80).conflicts()).noneMatch(c -> c.type() == Conflict.Type.UNOFFICIAL_USE);
  }

  @Test
  void aUseOnAnUnassignedPortIsNoConflict() {
    assertThat(db.lookup(6379).conflicts()).isEmpty();
  }

  @Test
  void ianaUnauthorizedUseReportsAreConflicts() {
    assertThat(db.conflicts(Conflict.Type.UNAUTHORIZED_USE)).singleElement().satisfies(c -> {
      assertThat(c.port()).isEqualTo(1521);
      assertThat(c.facts()).anySatisfy(f -> assertThat(f).contains("Unauthorized Use Known on port 1521"));
    });
  }

  @Test
  void malwareOnARegisteredPortIsASquat() {
    assertThat(db.conflicts(Conflict.Type.MALWARE_SQUAT)).singleElement().satisfies(c -> {
      assertThat(c.port()).isEqualTo(1973);
      assertThat(c.transports()).containsExactly(Transport.TCP);
      assertThat(c.description()).contains("KGB-RAT").contains("dlsrap");
    });
  }

  @Test
  void malwareOnAnUnassignedPortIsNoSquat() {
    assertThat(db.lookup(12345).conflicts()).isEmpty();
  }

  @Test
  void differentServicesOnTcpAndUdpAreATransportMismatch() {
    assertThat(db.lookup(514).conflicts()).singleElement().satisfies(c -> {
      assertThat(c.type()).isEqualTo(Conflict.Type.TRANSPORT_MISMATCH);
      assertThat(c.description()).contains("shell on TCP").contains("syslog on UDP");
    });
    assertThat(db.lookup(22).conflicts()).isEmpty();
  }

  @Test
  void distinctServicesOnOnePortAndTransportConflictButAliasesDoNot() {
    assertThat(db.lookup(600).conflicts()).singleElement().satisfies(c -> {
      assertThat(c.type()).isEqualTo(Conflict.Type.MULTIPLE_SERVICES);
      assertThat(c.description()).contains("alpha").contains("beta");
    });
    assertThat(db.lookup(80).conflicts()).isEmpty();
  }

  @Test
  void theRegistryListsEveryConflictByPort() {
    assertThat(db.conflicts()).extracting(Conflict::port).isSorted().contains(373, 514, 600, 1521, 1973);
    for (Conflict c : db.conflicts()) {
      assertThat(c.facts()).hasSizeGreaterThanOrEqualTo(2);
      assertThat(db.lookup(c.port()).conflicts()).contains(c);
    }
  }

  @Test
  void conflictTypesParseFromTheirJsonNames() {
    assertThat(Conflict.Type.parse("malware-squat")).isEqualTo(Conflict.Type.MALWARE_SQUAT);
    assertThat(Conflict.Type.parse("UNOFFICIAL_USE")).isEqualTo(Conflict.Type.UNOFFICIAL_USE);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Conflict.Type.parse("feud")).hasMessageContaining("'feud'");
  }
}
