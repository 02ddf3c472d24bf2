package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.portlore.spi.DataFormats;
import org.portlore.spi.PortDataset;

/** The small fixture dataset core's tests run on, never the real data. */
final class Fixtures {
  /** What Jazzer's agent logs while it instruments classes (INFO:, WARN:, a bare class name), not the parser. */
  private static final Pattern JAZZER_LOG = Pattern.compile("(INFO|WARN|DEBUG): .*|[\\w$.]+");

  private static PortDatabase database;

  private Fixtures() {}

  static InputStream open(String name) {
    InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name);
    if (in == null) {
      throw new IllegalStateException("missing fixture " + name);
    }
    return in;
  }

  static PortDataset iana() {
    try (InputStream in = open("registry.xml")) {
      return DataFormats.readIanaXml(in, "registry.xml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PortDataset lore() {
    try (InputStream in = open("lore.json")) {
      return DataFormats.readCurated(in, "lore.json", Curated.PORTLORE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs a parser and fails if it wrote to standard output or standard error: a library embedded in a firewall must
   * not print, and the command promises exactly one line on standard error for bad input.
   */
  static <T> T silently(Supplier<T> parser) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    try {
      return parser.get();
    } finally {
      System.setOut(out);
      System.setErr(err);
      // Jazzer's agent logs (INFO:, WARN:, a bare class name) as it instruments classes the parser first loads;
      // that is not the parser printing, while the JDK XML parser's "[Fatal Error] ..." is
      assertThat(printed.toString(StandardCharsets.UTF_8).lines().filter(l -> !JAZZER_LOG.matcher(l).matches()))
          .as("what the parser printed")
          .isEmpty();
    }
  }

  static synchronized PortDatabase database() {
    if (database == null) {
      database = PortDatabase.builder().dataset(iana()).dataset(lore()).build();
    }
    return database;
  }
}
