package org.portlore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.portlore.internal.Utf8Input;

/** The importers' UTF-8 check must accept exactly what the JDK's strict decoder accepts, and say where it stopped. */
class Utf8InputTest {
  @ParameterizedTest
  @ValueSource(strings = {"", "ascii", "caf\u00e9", "\u20ac", "\ud83d\ude00", "\u0000", "\uffff", "\udbff\udfff"})
  void passesWellFormedUtf8Through(String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThat(new Utf8Input(new ByteArrayInputStream(bytes)).readAllBytes()).isEqualTo(bytes);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "c0 af", // overlong '/'
        "e0 80 af", // overlong three-byte form
        "f0 80 80 af", // overlong four-byte form
        "ed a0 80", // a UTF-16 surrogate
        "f4 90 80 80", // above U+10FFFF
        "f5 80 80 80", // not a lead byte
        "80", // a continuation byte alone
        "c3 28", // a lead byte without its continuation
        "e2 82", // cut off at the end
        "fe",
        "ff"
      })
  void refusesWhatRfc3629Forbids(String hex) {
    byte[] bytes = bytes(hex);
    assertThat(jdkAccepts(bytes)).isFalse();
    assertThatThrownBy(() -> new Utf8Input(new ByteArrayInputStream(bytes)).readAllBytes())
        .isInstanceOf(Utf8Input.InvalidUtf8Exception.class)
        .hasMessageStartingWith("invalid UTF-8 at line 1, byte offset ");
  }

  @Test
  void namesTheLineAndOffsetOfTheBadByte() {
    byte[] bytes = "a\nb\nc\u00e9".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 1] = 'x';
    assertThatThrownBy(() -> new Utf8Input(new ByteArrayInputStream(bytes)).readAllBytes())
        .isInstanceOfSatisfying(Utf8Input.InvalidUtf8Exception.class, e -> {
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.offset()).isEqualTo(bytes.length - 1);
          assertThat(e.problem()).isEqualTo("byte 0x78, expected a continuation byte 0x80-0xbf");
        });
  }

  /**
   * Differential check on random bytes, biased towards the lead and continuation bytes where UTF-8's edge cases are:
   * accepted exactly when the JDK's strict decoder accepts, read byte by byte or in blocks alike.
   */
  @Test
  void agreesWithTheJdkDecoderOnRandomBytes() throws IOException {
    Random random = new Random(7);
    int[] interesting = {0x00, 0x0A, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
        0xE1, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF};
    int accepted = 0;
    for (int i = 0; i < 20_000; i++) {
      byte[] bytes = new byte[random.nextInt(8)];
      for (int j = 0; j < bytes.length; j++) {
        bytes[j] = (byte) (random.nextBoolean() ? interesting[random.nextInt(interesting.length)] : random.nextInt(256));
      }
      boolean jdk = jdkAccepts(bytes);
      assertThat(readsInBlocks(bytes)).as("blocks: %s", hex(bytes)).isEqualTo(jdk);
      assertThat(readsByteByByte(bytes)).as("bytes: %s", hex(bytes)).isEqualTo(jdk);
      accepted += jdk ? 1 : 0;
    }
    // both outcomes were tried many times
    assertThat(accepted).isBetween(1000, 19_000);
  }

  private static boolean readsInBlocks(byte[] bytes) throws IOException {
    try (InputStream in = new Utf8Input(new ByteArrayInputStream(bytes))) {
      assertThat(in.readAllBytes()).isEqualTo(bytes);
      return true;
    } catch (Utf8Input.InvalidUtf8Exception e) {
      return false;
    }
  }

  private static boolean readsByteByByte(byte[] bytes) throws IOException {
    try (InputStream in = new Utf8Input(new ByteArrayInputStream(bytes))) {
      while (in.read() >= 0) {
        // read to the end
      }
      return true;
    } catch (Utf8Input.InvalidUtf8Exception e) {
      return false;
    }
  }

  private static boolean jdkAccepts(byte[] bytes) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 2);
    CoderResult r = d.decode(ByteBuffer.wrap(bytes), out, true);
    if (r.isError()) {
      return false;
    }
    return !d.flush(out).isError() && !r.isOverflow();
  }

  private static byte[] bytes(String hex) {
    String[] parts = hex.split(" ");
    byte[] b = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      b[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return b;
  }

  private static String hex(byte[] bytes) {
    StringBuilder b = new StringBuilder();
    for (byte x : bytes) {
      b.append(String.format("%02x ", x));
    }
    return b.toString().strip();
  }
}
