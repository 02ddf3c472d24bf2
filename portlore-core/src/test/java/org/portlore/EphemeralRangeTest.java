package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EphemeralRangeTest {
  @Test
  void defaultsHoldTheDocumentedRanges() {
    assertThat(EphemeralRange.defaults())
        .extracting(r -> r.system() + ":" + r.first() + "-" + r.last())
        .containsExactly(
            "linux:32768-60999",
            "windows:49152-65535",
            "windows-xp:1025-5000",
            "macos:49152-65535",
            "freebsd:10000-65535",
            "iana:49152-65535");
  }

  @Test
  void readsTheLinuxProcFileFormat(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("ip_local_port_range");
    Files.writeString(f, "32768\t60999\n");
    assertThat(EphemeralRange.readLinux(f))
        .hasValueSatisfying(r -> assertThat(r.first() + "-" + r.last()).isEqualTo("32768-60999"));
  }

  @Test
  void aMissingOrGarbledProcFileGivesNothing(@TempDir Path dir) throws Exception {
    assertThat(EphemeralRange.readLinux(dir.resolve("missing"))).isEmpty();
    Path f = dir.resolve("bad");
    Files.writeString(f, "lots of junk here");
    assertThat(EphemeralRange.readLinux(f)).isEmpty();
    Files.writeString(f, "60999 32768");
    assertThat(EphemeralRange.readLinux(f)).isEmpty();
  }

  @Test
  void rejectsReversedRanges() {
    assertThatThrownBy(() -> EphemeralRange.of("x", 10, 5, "n")).hasMessageContaining("10-5");
  }
}
