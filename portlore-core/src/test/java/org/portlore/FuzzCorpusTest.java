package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jazzer's regression mode runs a fuzz test on the files of {@code <Class>Inputs/<method>/} beside the class, and
 * on nothing but an empty input when that directory is missing: renaming a class or a method would silently drop
 * its whole corpus from every build. This test pins each fuzz test to a corpus that is there.
 */
class FuzzCorpusTest {
  private static final List<Class<?>> FUZZ_TESTS =
      List.of(PortExpressionFuzzTest.class, IanaXmlFuzzTest.class, IanaCsvFuzzTest.class, OverlayFuzzTest.class);

  static Stream<Method> fuzzTests() {
    return FUZZ_TESTS.stream()
        .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
        .filter(m -> m.isAnnotationPresent(FuzzTest.class));
  }

  @ParameterizedTest
  @MethodSource("fuzzTests")
  void everyFuzzTestHasItsRegressionCorpus(Method test) throws Exception {
    Class<?> c = test.getDeclaringClass();
    String dir = c.getSimpleName() + "Inputs/" + test.getName() + "/";
    URL url = c.getResource(dir);
    assertThat(url).as("corpus directory %s beside %s", dir, c.getName()).isNotNull();
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      assertThat(files.filter(Files::isRegularFile).count()).as("seeds in %s", dir).isGreaterThanOrEqualTo(4);
    }
  }

  @Test
  void everyParserHasAFuzzTest() {
    assertThat(fuzzTests().map(m -> m.getDeclaringClass().getSimpleName() + "#" + m.getName()))
        .containsExactlyInAnyOrder(
            "PortExpressionFuzzTest#parse",
            "IanaXmlFuzzTest#readIanaXml",
            "IanaCsvFuzzTest#readIanaCsv",
            "OverlayFuzzTest#readOverlay",
            "OverlayFuzzTest#applyOverlay");
  }
}
