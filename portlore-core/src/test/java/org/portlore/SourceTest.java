package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTest {
  @ParameterizedTest
  @ValueSource(strings = {"RFC 2106", "rfc2106", "RFC-2106", " RFC 2106 "})
  void readsRfcCitationsWithTheirAddress(String text) {
    Source s = Source.parse(text);
    assertThat(s.kind()).isEqualTo(Source.Kind.RFC);
    assertThat(s.reference()).isEqualTo("RFC 2106");
    assertThat(s.url()).contains("https://www.rfc-editor.org/rfc/rfc2106");
  }

  @Test
  void readsWebAddresses() {
    Source s = Source.parse("https://example.org/page?x=1");
    assertThat(s.kind()).isEqualTo(Source.Kind.URL);
    assertThat(s.url()).contains("https://example.org/page?x=1");
  }

  @Test
  void readsIanaCitations() {
    assertThat(Source.parse("IANA").kind()).isEqualTo(Source.Kind.IANA);
    assertThat(Source.parse("IANA: dlsrap").reference()).isEqualTo("IANA registry: dlsrap");
  }

  @Test
  void readsDrafts() {
    Source s = Source.parse("draft-ietf-tsvwg-port-use-11");
    assertThat(s.kind()).isEqualTo(Source.Kind.DRAFT);
    assertThat(s.url()).contains("https://datatracker.ietf.org/doc/draft-ietf-tsvwg-port-use-11");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "some book", "ftp://example.org", "RFC"})
  void rejectsCitationsAReaderCannotCheck(String text) {
    assertThatThrownBy(() -> Source.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsNonPositiveRfcNumbers() {
    assertThatThrownBy(() -> Source.rfc(0)).hasMessageContaining("0");
  }
}
