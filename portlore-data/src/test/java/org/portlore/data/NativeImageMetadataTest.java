package org.portlore.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.portlore.PortRegistry;

/**
 * What can be checked of the GraalVM native-image metadata without GraalVM: it names classes and resources that
 * exist, and it names every generated class Jackson needs.
 */
class NativeImageMetadataTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode read(Module module, String path) throws Exception {
    try (InputStream in = module.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return JSON.readTree(in);
    }
  }

  @Test
  void coreReflectionConfigNamesExistingClassesAndEveryGeneratedOne() throws Exception {
    Module core = PortRegistry.class.getModule();
    JsonNode cfg = read(core, "META-INF/native-image/org.portlore/portlore-core/reflect-config.json");
    Set<String> named = new HashSet<>();
    for (JsonNode n : cfg) {
      String name = n.get("name").asText();
      named.add(name);
      assertThat(Class.forName(core, name)).as(name).isNotNull();
    }
    Path location = Path.of(URI.create(PortRegistry.class.getProtectionDomain().getCodeSource().getLocation().toString()));
    Set<String> generated = new HashSet<>();
    try (java.nio.file.FileSystem jar = Files.isDirectory(location) ? null : java.nio.file.FileSystems.newFileSystem(location)) {
      Path classes = jar == null ? location : jar.getPath("/");
      try (Stream<Path> s = Files.walk(classes)) {
        s.map(p -> classes.relativize(p).toString().replace('/', '.'))
            .filter(n -> n.endsWith(".class") && n.contains(".Immutable") && !n.contains("$Builder"))
            .forEach(n -> generated.add(n.substring(0, n.length() - 6)));
      }
    }
    assertThat(generated).hasSizeGreaterThan(30);
    assertThat(named).containsAll(generated);
  }

  @Test
  void dataResourceConfigNamesExistingResources() throws Exception {
    Module data = BundledDataProvider.class.getModule();
    JsonNode cfg = read(data, "META-INF/native-image/org.portlore/portlore-data/resource-config.json");
    for (JsonNode n : cfg.at("/resources/includes")) {
      String path = n.get("pattern").asText().replace("\\Q", "").replace("\\E", "");
      try (InputStream in = data.getResourceAsStream(path)) {
        assertThat(in).as(path).isNotNull();
      }
    }
    JsonNode reflect = read(data, "META-INF/native-image/org.portlore/portlore-data/reflect-config.json");
    assertThat(Class.forName(data, reflect.get(0).get("name").asText())).isEqualTo(BundledDataProvider.class);
  }
}
