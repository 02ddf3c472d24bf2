package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.portlore.spi.DataFormats;

/** Every file of the bad-data corpus fails whole, quickly, naming itself. */
class BadDataCorpusTest {
  static Stream<Path> corpus() throws Exception {
    Path dir = dir();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList().stream();
    }
  }

  private static Path dir() throws URISyntaxException {
    return Path.of(BadDataCorpusTest.class.getResource("/bad-data/README.md").toURI()).getParent();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void everyBrokenFileFailsWholeNamingItself(Path file) {
    String name = file.getFileName().toString();
    // A guard against hangs (entity expansion, runaway loops), not a speed claim: generous, so a slow CI stays green.
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      // silently: the JDK's XML parser once printed "[Fatal Error]" to standard error for iana-invalid-utf8.xml
      PortDataException e = org.junit.jupiter.api.Assertions.assertThrows(PortDataException.class,
          () -> Fixtures.silently(() -> {
            if (name.startsWith("overlay-")) {
              return PortDatabase.builder().dataset(Fixtures.iana()).overlay(file).build();
            } else if (name.endsWith(".csv")) {
              return DataFormats.readIanaCsv(file);
            } else {
              return DataFormats.readIanaXml(file);
            }
          }));
      assertThat(e.getMessage()).startsWith(file.toString() + ": ");
      assertThat(e.getMessage()).doesNotContain("root:x:0");
      assertThat(e.getMessage().length()).isLessThan(1000);
    });
  }

  @Test
  void theReadmeDescribesEveryFile() throws Exception {
    String readme = Files.readString(dir().resolve("README.md"));
    List<Path> files = corpus().toList();
    assertThat(files).hasSizeGreaterThanOrEqualTo(20);
    assertThat(files).allSatisfy(f -> assertThat(readme).contains("| " + f.getFileName() + " |"));
  }

  @Test
  void badPortStringsAreRefusedWithoutHanging() {
    for (String s : List.of("9".repeat(3_000_000), "22\u0000", "\u202e22", "22 tcp", "\u0662\u0662", "-0")) {
      // a guard against hangs on megabytes of digits, not a speed claim
      Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30),
          () -> assertThatThrownBy(() -> PortExpression.parse(s)).isInstanceOf(IllegalArgumentException.class));
    }
    // hex and exponent forms read as (unknown) service names, never as numbers
    for (String s : List.of("0x16", "1e3")) {
      assertThatThrownBy(() -> Fixtures.database().query(s)).hasMessageContaining("unknown service name");
    }
  }
}
