package org.portlore.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.portlore.PortEnricher;
import org.portlore.PortRegistry;
import org.portlore.Transport;

/** The log-enrichment fields over the real, bundled data. */
class BundledEnricherTest {
  @Test
  void theBundledEnricherIsOnePerJvmOverTheBundledRegistry() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<PortEnricher>> futures = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      futures.add(pool.submit(PortEnricher::bundled));
    }
    for (Future<PortEnricher> f : futures) {
      assertThat(f.get()).isSameAs(PortEnricher.bundled());
    }
    pool.shutdown();
    assertThat(PortEnricher.bundled().database()).isSameAs(PortRegistry.bundled());
  }

  @Test
  void port1973OnTcpCarriesItsThreatsAndTheDataVersion() {
    Map<String, Object> f = PortEnricher.bundled().enrich(1973, Transport.TCP);
    assertThat(f)
        .containsEntry("destination.port", 1973)
        .containsEntry("portlore.iana.service", "dlsrap")
        .containsEntry("portlore.iana.standing", "extinct")
        .containsEntry("portlore.threat.names", List.of("KGB-RAT", "W32.Sonic.Worm"))
        .containsEntry("portlore.conflict.types", List.of("malware-squat"))
        .containsEntry("portlore.data.version", System.getProperty("portlore.data.release"));
  }

  @Test
  void aDetectorSeeingRdpOnItsPortIsExpectedUnderEitherSpelling() {
    assertThat(PortEnricher.bundled().enrich(3389, Transport.TCP, "rdp"))
        .containsEntry("network.protocol", "rdp")
        .containsEntry("portlore.iana.service", "ms-wbt-server")
        .containsEntry("portlore.verdict", "expected");
  }
}
