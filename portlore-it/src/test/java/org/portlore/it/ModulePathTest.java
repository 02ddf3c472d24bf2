package org.portlore.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.portlore.PortRegistry;

class ModulePathTest {
  @Test
  void aConsumerModuleRunsWithTheDataOnTheModulePath() {
    assertThat(Consumer.class.getModule().getName()).isEqualTo("org.portlore.it");
    assertThat(PortRegistry.class.getModule().getName()).isEqualTo("org.portlore");
    assertThat(ModuleLayer.boot().findModule("org.portlore.data").or(
        () -> PortRegistry.class.getModule().getLayer().findModule("org.portlore.data"))).isPresent();
    assertThat(Consumer.describe(1973)).isEqualTo("1973 user dlsrap");
    assertThat(Consumer.describe(22)).isEqualTo("22 system ssh");
  }

  @Test
  void theConsumerReadsOnlyTheExportedApi() {
    assertThat(Consumer.class.getModule().canRead(PortRegistry.class.getModule())).isTrue();
    assertThat(PortRegistry.class.getModule().isExported("org.portlore")).isTrue();
    assertThat(PortRegistry.class.getModule().isExported("org.portlore.internal")).isFalse();
  }
}
