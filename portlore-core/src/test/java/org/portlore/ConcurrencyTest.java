package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.portlore.spi.DataFormats;
import org.portlore.spi.PortDataset;

/**
 * Registries are shared by every thread of a firewall or IDS: these tests hammer one registry from many threads and
 * check every answer against the same question asked single-threaded of a registry no other thread touched.
 *
 * <p>A registry fills caches lazily (answers per port, the search index on first search), so the hammered registries
 * are always fresh ones: the first calls race. No test here measures time; the only time limits are generous guards
 * against a hang, so a slow machine makes them slower, never red.
 */
class ConcurrencyTest {
  private static final int[] PORTS = {0, 2, 4, 9, 22, 80, 373, 514, 1521, 1973, 6000, 6010, 6063, 6379, 12345, 65535};
  private static final List<String> SERVICES =
      List.of("ssh", "SSH", "http", "www", "x11", "dlsrap", "discard", "wot");
  private static final List<String> SEARCHES =
      List.of("dlsrap", "secure shell", "x window", "redis", "backdoor", "kgb", "appletalk", "oracle listener");
  private static final int READERS = 6;

  /** One question to a registry; its answers are immutable values, so equal answers are the same answer. */
  private record Probe(String name, Function<PortDatabase, Object> ask) {}

  /** What one dataset answers to every probe and every port, asked single-threaded. */
  private static final class Expected {
    final String name;
    final Object[] answers;
    final PortInfo[] ports = new PortInfo[65536];

    Expected(String name, PortDatabase reference, List<Probe> probes) {
      this.name = name;
      this.answers = new Object[probes.size()];
      for (int i = 0; i < probes.size(); i++) {
        answers[i] = probes.get(i).ask().apply(reference);
      }
      for (int p = 0; p < ports.length; p++) {
        ports[p] = reference.lookup(p);
      }
    }
  }

  private static List<Probe> probes() {
    List<Probe> probes = new ArrayList<>();
    for (int port : PORTS) {
      probes.add(new Probe("lookup(" + port + ")", db -> db.lookup(port)));
      for (Transport t : Transport.values()) {
        probes.add(new Probe("lookup(" + port + ", " + t + ")", db -> db.lookup(port, t)));
      }
    }
    for (String s : SERVICES) {
      probes.add(new Probe("byService(" + s + ")", db -> db.byService(s)));
    }
    for (String s : SEARCHES) {
      probes.add(new Probe("search(" + s + ")", db -> db.search(s)));
    }
    probes.add(new Probe("verdict KGB-RAT", db -> db.verdict(1973, Transport.TCP, "KGB-RAT")));
    probes.add(new Probe("verdict OpenSSH", db -> db.verdict(22, Transport.TCP, "OpenSSH")));
    probes.add(new Probe("verdict Apache", db -> db.verdict(80, Transport.TCP, "Apache HTTP Server")));
    probes.add(new Probe("verdict AppleTalk", db -> db.verdict(373, Transport.TCP, "AppleTalk")));
    probes.add(new Probe("verdict oracle", db -> db.verdict(1521, Transport.TCP, "oracle")));
    probes.add(new Probe("verdict NetBus/udp", db -> db.verdict(12345, Transport.UDP, "NetBus")));
    probes.add(new Probe("conflicts()", PortDatabase::conflicts));
    for (Conflict.Type type : Conflict.Type.values()) {
      probes.add(new Probe("conflicts(" + type + ")", db -> db.conflicts(type)));
    }
    probes.add(new Probe("query", db -> db.query("22,80,6000-6010/tcp,ssh,dlsrap/tcp")));
    probes.add(new Probe("known(SYSTEM)", db -> db.known(PortRange.SYSTEM)));
    probes.add(new Probe("metadata", PortDatabase::metadata));
    return List.copyOf(probes);
  }

  /** Threads racing on a fresh registry's first lookups and first search get the answers one thread gets. */
  @Test
  void oneRegistryAnswersManyThreadsAsItAnswersOne() throws Exception {
    List<Probe> probes = probes();
    Supplier<PortDatabase> build =
        () -> PortDatabase.builder().dataset(Fixtures.iana()).dataset(Fixtures.lore()).build();
    Expected expected = new Expected("iana+lore", build.get(), probes);
    assertThat(expected.ports[1973].threats()).extracting(Threat::name).containsExactly("KGB-RAT");
    PortDatabase shared = build.get();
    ExecutorService pool = Executors.newFixedThreadPool(READERS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    for (int t = 0; t < READERS; t++) {
      long seed = t;
      results.add(pool.submit(() -> {
        Random random = new Random(seed);
        start.await();
        for (int i = 0; i < 20_000; i++) {
          int probe = random.nextInt(probes.size());
          check(probes.get(probe).name(), probes.get(probe).ask().apply(shared), expected.answers[probe]);
          int port = random.nextInt(65536);
          check("lookup(" + port + ")", shared.lookup(port), expected.ports[port]);
        }
        return 20_000;
      }));
    }
    start.countDown();
    int total = 0;
    for (Future<Integer> f : results) {
      total += f.get(5, TimeUnit.MINUTES);
    }
    pool.shutdown();
    assertThat(total).isEqualTo(READERS * 20_000);
  }

  /**
   * One live registry, readers asking everything while a writer reloads between two datasets (with and without the
   * curated lore) and sometimes fails a reload on a broken overlay. A reader takes the current registry and asks it
   * several questions: every answer must be the single-threaded answer of that registry's dataset, never one of the
   * other dataset, never a mix, never from a failed reload.
   */
  @Test
  void readersOfALiveRegistrySeeOneWholeDatasetThroughReloads() throws Exception {
    List<Probe> probes = probes();
    PortDataset iana = Fixtures.iana();
    PortDataset lore = Fixtures.lore();
    Supplier<PortDatabase> plain = () -> PortDatabase.builder().dataset(iana).build();
    Supplier<PortDatabase> withLore = () -> PortDatabase.builder().dataset(iana).dataset(lore).build();
    Expected a = new Expected("iana", plain.get(), probes);
    Expected b = new Expected("iana+lore", withLore.get(), probes);
    int differing = 0;
    for (int i = 0; i < probes.size(); i++) {
      differing += a.answers[i].equals(b.answers[i]) ? 0 : 1;
    }
    // a mix of the two datasets must be detectable
    assertThat(differing).isGreaterThan(10);

    // every registry the writer ever installs, tagged with its dataset (PortDatabase has identity equality)
    Map<PortDatabase, Expected> tags = new ConcurrentHashMap<>();
    PortDatabase first = plain.get();
    tags.put(first, a);
    LiveRegistry live = LiveRegistry.of(first);
    int reloads = 40;
    AtomicLong reads = new AtomicLong();
    AtomicBoolean writerDone = new AtomicBoolean();
    AtomicInteger readersRunning = new AtomicInteger(READERS);
    ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Set<PortDatabase>>> readers = new ArrayList<>();
    for (int t = 0; t < READERS; t++) {
      long seed = t;
      readers.add(pool.submit(() -> {
        Set<PortDatabase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Random random = new Random(seed);
        try {
          start.await();
          for (int n = 0; !writerDone.get() || n < 500; n++) {
            PortDatabase db = live.current();
            Expected e = tags.get(db);
            if (e == null) {
              throw new AssertionError("a reader saw a registry that no successful reload installed");
            }
            seen.add(db);
            for (int k = 0; k < 6; k++) {
              int probe = random.nextInt(probes.size());
              check(probes.get(probe).name() + " on " + e.name, probes.get(probe).ask().apply(db), e.answers[probe]);
            }
            int port = random.nextInt(65536);
            check("lookup(" + port + ") on " + e.name, db.lookup(port), e.ports[port]);
            // straight through the live registry, each answer is one dataset's, whichever is current
            PortInfo p = live.lookup(port);
            if (!p.equals(a.ports[port]) && !p.equals(b.ports[port])) {
              throw new AssertionError("lookup(" + port + ") through the live registry is neither dataset's: " + p);
            }
            reads.incrementAndGet();
          }
          return seen;
        } finally {
          readersRunning.decrementAndGet();
        }
      }));
    }
    Future<Integer> writer = pool.submit(() -> {
      start.await();
      int failed = 0;
      try {
        for (int i = 0; i < reloads; i++) {
          PortDatabase before = live.current();
          long generation = live.generation();
          if (i % 5 == 4) {
            assertThatThrownBy(() -> live.reload(ConcurrencyTest::brokenOverlay))
                .isInstanceOf(PortDataException.class);
            assertThat(live.current()).isSameAs(before);
            assertThat(live.generation()).isEqualTo(generation);
            failed++;
          }
          boolean nextWithLore = i % 2 == 0;
          live.reload(() -> {
            PortDatabase fresh = nextWithLore ? withLore.get() : plain.get();
            tags.put(fresh, nextWithLore ? b : a);
            return fresh;
          });
          awaitReadsAfterSwap(reads, readersRunning);
        }
      } finally {
        // readers run until the writer is done, also when it failed
        writerDone.set(true);
      }
      return failed;
    });
    start.countDown();
    int failedReloads = writer.get(5, TimeUnit.MINUTES);
    Set<PortDatabase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Future<Set<PortDatabase>> f : readers) {
      seen.addAll(f.get(5, TimeUnit.MINUTES));
    }
    pool.shutdown();
    assertThat(failedReloads).isEqualTo(reloads / 5);
    assertThat(live.generation()).isEqualTo(reloads);
    assertThat(live.lastFailure()).isEmpty();
    // the writer waited for reads after every swap, so every registry it installed was read from
    assertThat(seen).hasSize(reloads + 1);
  }

  /**
   * Waits until the readers have finished more reads than there are readers since the swap: then at least one reader
   * finished two, the second of which began after the swap and so read the new registry. Returns early if a reader
   * died, so a failing reader fails the test instead of hanging it.
   */
  private static void awaitReadsAfterSwap(AtomicLong reads, AtomicInteger readersRunning) {
    long target = reads.get() + READERS + 1;
    while (reads.get() < target && readersRunning.get() == READERS) {
      LockSupport.parkNanos(100_000);
    }
  }

  private static PortDatabase brokenOverlay() {
    byte[] broken = "{\"entries\": [{\"kind\": \"use\", \"port\": 8080".getBytes(StandardCharsets.UTF_8);
    PortDataset overlay =
        DataFormats.readCurated(new ByteArrayInputStream(broken), "broken.json", "overlay:broken.json");
    return PortDatabase.builder().dataset(Fixtures.iana()).dataset(overlay).build();
  }

  private static void check(Object what, Object got, Object expected) {
    if (!got.equals(expected)) {
      throw new AssertionError(what + ": answered " + got + " where one thread was answered " + expected);
    }
  }
}
