package org.portlore.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking that they are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates,
 * nothing above U+10FFFF, no sequence cut off at the end), counting lines as it goes.
 *
 * <p>The importers read through it so that a broken byte is reported by portlore, with its line and byte offset,
 * before any decoder sees it: the JDK's XML parser, given bytes it cannot decode, prints {@code [Fatal Error]} to
 * standard error, which an embedded library must never do. Not thread-safe.
 */
public final class Utf8Input extends FilterInputStream {
  /** A byte that is not where well-formed UTF-8 allows it. */
  public static final class InvalidUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final long offset;
    private final String problem;

    InvalidUtf8Exception(int line, long offset, String problem) {
      super("invalid UTF-8 at line " + line + ", byte offset " + offset + ": " + problem);
      this.line = line;
      this.offset = offset;
      this.problem = problem;
    }

    /**
     * What is wrong with the byte, such as {@code byte 0x28, expected a continuation byte 0x80-0xbf}.
     *
     * @return the problem
     */
    public String problem() {
      return problem;
    }

    /**
     * The line of the bad byte, from 1.
     *
     * @return the line
     */
    public int line() {
      return line;
    }

    /**
     * The offset of the bad byte in the input, from 0.
     *
     * @return the offset
     */
    public long offset() {
      return offset;
    }
  }

  private int line = 1;
  private long offset;
  /** Continuation bytes still expected in the current sequence. */
  private int pending;
  /** The allowed range of the next continuation byte, which the lead byte narrows for its first one. */
  private int low = 0x80;
  private int high = 0xBF;

  /**
   * Checks a stream.
   *
   * @param in the bytes
   */
  public Utf8Input(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b < 0) {
      end();
    } else {
      check(b);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int off, int len) throws IOException {
    int n = in.read(buffer, off, len);
    if (n < 0) {
      end();
    }
    for (int i = 0; i < n; i++) {
      check(buffer[off + i] & 0xFF);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // skipped bytes would go unchecked; read them instead
    long skipped = 0;
    while (skipped < n && read() >= 0) {
      skipped++;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public synchronized void mark(int readlimit) {
    // not supported: a reset would count bytes twice
  }

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark/reset not supported");
  }

  private void check(int b) throws InvalidUtf8Exception {
    if (pending > 0) {
      if (b < low || b > high) {
        throw bad(b, "expected a continuation byte 0x" + Integer.toHexString(low) + "-0x" + Integer.toHexString(high));
      }
      pending--;
      low = 0x80;
      high = 0xBF;
    } else if (b < 0x80) {
      if (b == '\n') {
        line++;
      }
    } else if (b >= 0xC2 && b <= 0xDF) {
      pending = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      pending = 2;
      low = b == 0xE0 ? 0xA0 : 0x80; // no overlong three-byte forms
      high = b == 0xED ? 0x9F : 0xBF; // no UTF-16 surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
      pending = 3;
      low = b == 0xF0 ? 0x90 : 0x80; // no overlong four-byte forms
      high = b == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
    } else {
      throw bad(b, "not a UTF-8 lead byte");
    }
    offset++;
  }

  private void end() throws InvalidUtf8Exception {
    if (pending > 0) {
      throw new InvalidUtf8Exception(line, offset, "the input ends inside a multi-byte character");
    }
  }

  private InvalidUtf8Exception bad(int b, String what) {
    return new InvalidUtf8Exception(line, offset, String.format("byte 0x%02x, %s", b, what));
  }
}
