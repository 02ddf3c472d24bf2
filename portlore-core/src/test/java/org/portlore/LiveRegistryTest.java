package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveRegistryTest {
  private static PortDatabase base() {
    return PortDatabase.builder().dataset(Fixtures.iana()).build();
  }

  private static PortDatabase withLore() {
    return PortDatabase.builder().dataset(Fixtures.iana()).dataset(Fixtures.lore()).build();
  }

  @Test
  void aReloadSwapsInTheNewData() {
    LiveRegistry live = LiveRegistry.of(base());
    assertThat(live.lookup(1973).threats()).isEmpty();
    live.reload(LiveRegistryTest::withLore);
    assertThat(live.lookup(1973).threats()).hasSize(1);
    assertThat(live.generation()).isEqualTo(1);
    assertThat(live.lastFailure()).isEmpty();
  }

  @Test
  void aFailedReloadKeepsTheOldDataAndSaysWhy(@TempDir Path dir) throws Exception {
    LiveRegistry live = LiveRegistry.of(withLore());
    PortDatabase before = live.current();
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"entries\": [");
    assertThatThrownBy(() -> live.reload(() -> PortDatabase.builder().dataset(Fixtures.iana()).overlay(bad).build()))
        .isInstanceOf(PortDataException.class);
    assertThat(live.current()).isSameAs(before);
    assertThat(live.lastFailure()).hasValueSatisfying(m -> assertThat(m).contains("bad.json"));
    assertThat(live.lookup(1973).threats()).hasSize(1);
  }

  @Test
  void lookupsDuringReloadsAlwaysSeeOneWholeDataset() throws Exception {
    PortDatabase a = base();
    PortDatabase b = withLore();
    LiveRegistry live = LiveRegistry.of(a);
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(5);
    List<Future<Integer>> readers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      readers.add(pool.submit(() -> {
        int n = 0;
        while (!stop.get()) {
          PortDatabase db = live.current();
          PortInfo p1973 = db.lookup(1973);
          PortInfo p373 = db.lookup(373);
          // within one dataset, both ports come from the same generation
          boolean lore = !p1973.threats().isEmpty();
          if (lore != !p373.unofficialUses().isEmpty()) {
            throw new AssertionError("half a dataset seen");
          }
          n++;
        }
        return n;
      }));
    }
    Future<?> writer = pool.submit(() -> {
      for (int i = 0; i < 200; i++) {
        PortDatabase next = (i % 2 == 0) ? b : a;
        live.reload(() -> next);
      }
      return null;
    });
    writer.get(60, TimeUnit.SECONDS);
    stop.set(true);
    int total = 0;
    for (Future<Integer> f : readers) {
      total += f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(total).isPositive();
    assertThat(live.generation()).isEqualTo(200);
  }

  @Test
  void theBundledLoadHappensOnceUnderContentionOrFailsTheSameForAll() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Object>> results = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      results.add(pool.submit(() -> {
        try {
          return PortRegistry.bundled();
        } catch (PortDataException e) {
          return e.getMessage();
        }
      }));
    }
    List<Object> seen = new ArrayList<>();
    for (Future<Object> f : results) {
      seen.add(f.get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();
    // core's tests have no bundled data on the module path: every caller gets the same clear message
    assertThat(seen).allSatisfy(o -> assertThat(o).isEqualTo(seen.get(0)));
    assertThat(seen.get(0)).asString().contains("portlore-data");
  }
}
