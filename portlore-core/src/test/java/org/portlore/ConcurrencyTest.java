package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
  @Test
  void oneRegistryAnswersManyThreadsCorrectly() throws Exception {
    PortDatabase db = PortDatabase.builder().dataset(Fixtures.iana()).dataset(Fixtures.lore()).build();
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      final int seed = t;
      results.add(pool.submit(() -> {
        start.await();
        int checked = 0;
        for (int i = 0; i < 20_000; i++) {
          int port = (i * 7919 + seed * 104729) & 0xFFFF;
          PortInfo info = db.lookup(port);
          if (info.port() != port || info.range() != PortRange.of(port)) {
            throw new AssertionError("wrong answer for " + port);
          }
          if (port == 1973 || i % 1000 == 0) {
            assertThat(db.lookup(1973).threats()).extracting(Threat::name).containsExactly("KGB-RAT");
            assertThat(db.lookup(6010, Transport.TCP).service(Transport.TCP)).contains("x11");
            assertThat(db.search("dlsrap")).isNotEmpty();
          }
          checked++;
        }
        return checked;
      }));
    }
    start.countDown();
    int total = 0;
    for (Future<Integer> f : results) {
      total += f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(total).isEqualTo(threads * 20_000);
  }
}
