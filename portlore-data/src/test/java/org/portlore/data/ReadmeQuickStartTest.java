package org.portlore.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portlore.Conflict;
import org.portlore.PortInfo;
import org.portlore.PortRegistry;
import org.portlore.Threat;
import org.portlore.Transport;
import org.portlore.Verdict;

/** The README's quick start, compiled and run exactly as printed. */
class ReadmeQuickStartTest {

  // README:BEGIN
  static List<String> quickStart() {
    PortInfo info = PortRegistry.lookup(1973);
    List<String> lines = new ArrayList<>();
    lines.add(info.port() + " is a " + info.range().token() + " port");     // 1973 is a user port
    info.assignments().forEach(a ->                                          // dlsrap/tcp, dlsrap/udp
        lines.add(a.service().orElse("reserved") + "/" + a.transport().map(Transport::token).orElse("any")));
    for (Threat t : info.threats()) {                                        // KGB-RAT, W32.Sonic.Worm
      lines.add("threat: " + t.name() + " " + t.sources().get(0).reference());
    }
    for (Conflict c : info.conflicts()) {                                    // malware-squat
      lines.add("conflict: " + c.type().token() + ": " + c.description());
    }
    Verdict v = PortRegistry.verdict(1973, Transport.TCP, "KGB-RAT");        // what an IDS saw there
    lines.add("verdict: " + v.kind().token());                               // threat
    return lines;
  }
  // README:END

  @Test
  void theQuickStartRunsAndSaysWhatTheReadmeSays() {
    List<String> lines = quickStart();
    assertThat(lines.get(0)).isEqualTo("1973 is a user port");
    assertThat(lines).contains("dlsrap/tcp", "dlsrap/udp", "verdict: threat");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("threat: KGB-RAT"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("conflict: malware-squat"));
  }

  @Test
  void theReadmePrintsExactlyThisCode() throws Exception {
    Path root = SharedFiles.loreDir().resolve("../../../..").normalize();
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    String source = Files.readString(
        root.resolve("portlore-data/src/test/java/org/portlore/data/ReadmeQuickStartTest.java"), StandardCharsets.UTF_8);
    String code = source.substring(source.indexOf("// README:BEGIN\n") + 16, source.indexOf("  // README:END"));
    String printed = readme.substring(readme.indexOf("```java\n") + 8);
    printed = printed.substring(0, printed.indexOf("```"));
    assertThat(printed.strip()).isEqualTo(strip(code));
  }

  /** The README shows the method body without the class's two-space indent. */
  private static String strip(String s) {
    StringBuilder b = new StringBuilder();
    for (String line : s.split("\n")) {
      b.append(line.startsWith("  ") ? line.substring(2) : line).append('\n');
    }
    return b.toString().strip();
  }
}
