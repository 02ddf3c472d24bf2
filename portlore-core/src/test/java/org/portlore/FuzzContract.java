package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.portlore.internal.Checks;
import org.portlore.spi.DataFormats;
import org.portlore.spi.PortDataset;

/**
 * The contract every parser's fuzz target checks, in one place so the four targets cannot drift apart.
 *
 * <p>A parser may refuse input only with its documented exception ({@link IllegalArgumentException} for port
 * expressions, {@link PortDataException} for files) and a message a person can act on: it names the source, fits
 * on one line (the command prints it as its single line on standard error, and log scrapers split on line breaks)
 * and is bounded however long the input was. It prints nothing ({@link Fixtures#silently}). Anything else it throws
 * (an NPE, an index error, a stack overflow, an out-of-memory error) escapes the fuzz target and Jazzer reports it
 * as a finding. Where a parse succeeds, the result must hold what the model promises.
 */
final class FuzzContract {
  /** Longest acceptable message: long enough for a place, the problem and a hint; short enough for one log line. */
  static final int MAX_MESSAGE = 1000;

  private FuzzContract() {}

  /**
   * Runs a file reader on fuzzed bytes.
   *
   * @return the dataset, or empty if the reader refused the input as it should
   */
  static Optional<PortDataset> readFile(String sourceName, Supplier<PortDataset> reader) {
    PortDataset d;
    try {
      d = Fixtures.silently(reader);
    } catch (PortDataException e) {
      checkMessage(e.getMessage());
      assertThat(e.getMessage()).startsWith(sourceName + ": ");
      assertThat(e.getMessage().length()).isGreaterThan(sourceName.length() + 2);
      assertThat(e.source()).isEqualTo(sourceName);
      return Optional.empty();
    }
    assertThat(d).isNotNull();
    return Optional.of(d);
  }

  /** A refusal's message is there, fits on one line and is bounded. */
  static void checkMessage(String message) {
    assertThat(message).isNotBlank();
    assertThat(message).doesNotContain("\n", "\r");
    assertThat(message.length()).as("message length of %s", Checks.shorten(message)).isLessThanOrEqualTo(MAX_MESSAGE);
  }

  /** What an imported IANA registry promises: valid spans, counts that add up, a dataset that round-trips. */
  static void checkImported(PortDataset d) {
    String date = d.metadata().registryDate();
    assertThat(date.length() == 10 && Checks.isPartialDate(date)).as("registry date %s", date).isTrue();
    Map<String, Integer> counts = d.metadata().counts();
    assertThat(counts.get("assignments")).isEqualTo(d.assignments().size());
    assertThat(counts.get("records")).isGreaterThanOrEqualTo(d.assignments().size());
    for (Assignment a : d.assignments()) {
      a.ports().ifPresent(FuzzContract::checkSpan);
      if (a.status() == Assignment.Status.ASSIGNED) {
        assertThat(a.service()).isPresent();
      }
    }
    for (HistoryEvent h : d.history()) {
      Checks.port(h.port());
      assertThat(h.sources()).isNotEmpty();
    }
    checkRoundTrip(d);
  }

  /** What a curated-facts file promises: ports in range, a source on every fact, text that is not blank. */
  static void checkCurated(PortDataset d) {
    assertThat(d.assignments()).isEmpty();
    int facts = d.unofficialUses().size() + d.threats().size() + d.history().size() + d.standing().size();
    assertThat(d.metadata().counts().get("entries")).isEqualTo(facts);
    for (UnofficialUse u : d.unofficialUses()) {
      Checks.port(u.port());
      assertThat(u.sources()).isNotEmpty();
      assertThat(u.name()).isNotBlank();
    }
    for (Threat t : d.threats()) {
      Checks.port(t.port());
      assertThat(t.sources()).isNotEmpty();
      assertThat(t.name()).isNotBlank();
    }
    for (HistoryEvent h : d.history()) {
      Checks.port(h.port());
      assertThat(h.sources()).isNotEmpty();
    }
    for (Standing s : d.standing()) {
      Checks.port(s.port());
      assertThat(s.sources()).isNotEmpty();
    }
    checkRoundTrip(d);
  }

  static void checkSpan(PortSpan s) {
    assertThat(s.first()).isBetween(0, Checks.MAX_PORT);
    assertThat(s.last()).isBetween(s.first(), Checks.MAX_PORT);
  }

  /** Whatever a reader accepted, portlore's own runtime form must carry unchanged. */
  private static void checkRoundTrip(PortDataset d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DataFormats.writeDataset(d, "fuzz", out);
    PortDataset back = DataFormats.readDataset(new ByteArrayInputStream(out.toByteArray()), "round-trip");
    assertThat(back).isEqualTo(d);
  }
}
