package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModuleExportsTest {
  @Test
  void coreIsTheNamedModuleOrgPortlore() {
    assertThat(PortRegistry.class.getModule().isNamed()).as("tests run on the module path").isTrue();
    assertThat(PortRegistry.class.getModule().getName()).isEqualTo("org.portlore");
  }

  @Test
  void exportsOnlyTheApiAndTheSpi() {
    ModuleDescriptor d = PortRegistry.class.getModule().getDescriptor();
    Set<String> exported = d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertThat(exported).containsExactlyInAnyOrder("org.portlore", "org.portlore.spi");
    assertThat(d.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
  }

  @Test
  void usesTheDataProviderService() {
    assertThat(PortRegistry.class.getModule().getDescriptor().uses()).containsExactly("org.portlore.spi.PortDataProvider");
  }

  @Test
  void needsImmutablesOnlyAtCompileTime() {
    assertThat(PortRegistry.class.getModule().getDescriptor().requires())
        .filteredOn(r -> r.name().startsWith("org.immutables"))
        .allSatisfy(r -> assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.STATIC));
  }
}
