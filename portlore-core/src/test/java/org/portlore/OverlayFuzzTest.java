package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.concurrent.atomic.AtomicReference;
import org.portlore.internal.Checks;
import org.portlore.spi.DataFormats;
import org.portlore.spi.PortDataset;

/**
 * Fuzzes the curated-facts reader that reads users' overlays
 * ({@link DataFormats#readCurated(java.io.InputStream, String, String)}), in two targets.
 *
 * <p>{@code readOverlay} checks the reader alone and runs fast, so a fuzzing minute tries many inputs.
 * {@code applyOverlay} applies each input as a firewall applies a new site overlay, through a {@link LiveRegistry}
 * reload: a refused overlay must leave the live registry exactly as it was (same instance, same generation) and say
 * why; an accepted one must build a registry that answers for every fact it added, verdicts on its names included.
 * Building a registry per input is slow, hence the second target.
 *
 * <p>Without {@code JAZZER_FUZZ} each target runs the files of {@code OverlayFuzzTestInputs/<target>/} (test
 * resources) once; with {@code JAZZER_FUZZ=1} Jazzer mutates them.
 */
class OverlayFuzzTest {
  private static final String SOURCE = "fuzz.json";
  private static final String ORIGIN = "overlay:fuzz.json";
  private static final PortDataset IANA = Fixtures.iana();
  private static final LiveRegistry LIVE = LiveRegistry.of(PortDatabase.of(IANA));

  @FuzzTest(maxDuration = "2m")
  void readOverlay(byte[] input) {
    FuzzContract.readFile(SOURCE, () -> DataFormats.readCurated(new ByteArrayInputStream(input), SOURCE, ORIGIN))
        .ifPresent(FuzzContract::checkCurated);
  }

  @FuzzTest(maxDuration = "2m")
  void applyOverlay(byte[] input) {
    PortDatabase before = LIVE.current();
    long generation = LIVE.generation();
    AtomicReference<PortDataset> parsed = new AtomicReference<>();
    try {
      LIVE.reload(() -> {
        PortDataset d =
            Fixtures.silently(() -> DataFormats.readCurated(new ByteArrayInputStream(input), SOURCE, ORIGIN));
        parsed.set(d);
        return PortDatabase.builder().dataset(IANA).dataset(d).build();
      });
    } catch (PortDataException refused) {
      FuzzContract.checkMessage(refused.getMessage());
      assertThat(refused.getMessage()).startsWith(SOURCE + ": ");
      assertThat(parsed.get()).as("a refused overlay is never half-read").isNull();
      assertThat(LIVE.current()).isSameAs(before);
      assertThat(LIVE.generation()).isEqualTo(generation);
      assertThat(LIVE.lastFailure()).contains(refused.getMessage());
      return;
    }
    PortDataset d = parsed.get();
    PortDatabase db = LIVE.current();
    assertThat(db).isNotSameAs(before);
    assertThat(LIVE.generation()).isEqualTo(generation + 1);
    for (UnofficialUse u : d.unofficialUses()) {
      assertThat(u.origin()).isEqualTo(ORIGIN);
      assertThat(db.lookup(u.port()).unofficialUses()).contains(u);
      assertThat(db.verdict(u.port(), Transport.TCP, u.name())).isNotNull();
    }
    for (Threat t : d.threats()) {
      assertThat(db.lookup(t.port()).threats()).contains(t);
      assertThat(db.verdict(t.port(), Transport.UDP, t.name())).isNotNull();
    }
    for (HistoryEvent h : d.history()) {
      assertThat(db.lookup(h.port()).history()).contains(h);
    }
    for (Standing s : d.standing()) {
      assertThat(db.lookup(s.port()).standing()).contains(s);
    }
    assertThat(db.conflicts()).allSatisfy(c -> Checks.port(c.port()));
  }
}
