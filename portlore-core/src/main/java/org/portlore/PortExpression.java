package org.portlore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.portlore.internal.Checks;

/**
 * A port expression as people write it in rules and logs, parsed: {@code 1973}, {@code 1973/tcp},
 * {@code tcp/1973}, {@code tcp:1973}, {@code 6000-6063}, {@code 22,80,443,8000-8100}, or a service name such as
 * {@code ssh} (also {@code ssh/tcp}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePortExpression.class)
@JsonDeserialize(as = ImmutablePortExpression.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class PortExpression {
  /** The longest expression accepted, in characters. */
  public static final int MAX_LENGTH = 4096;
  /** The most comma-separated terms accepted. */
  public static final int MAX_TERMS = 1024;

  private static final Pattern SERVICE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+*-]{0,62}");
  private static final Pattern NUMBER_OR_SPAN = Pattern.compile("\\d+(\\s*-\\s*\\d+)?");

  /**
   * One comma-separated term: ports (with an optional transport) or a service name (with an optional transport).
   *
   * <p>Immutable and thread-safe.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableTerm.class)
  @JsonDeserialize(as = ImmutableTerm.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public interface Term {
    /**
     * The ports of the term.
     *
     * @return the span, or empty when the term is a service name
     */
    Optional<PortSpan> ports();

    /**
     * The service name of the term.
     *
     * @return the name, or empty when the term is ports
     */
    Optional<String> service();

    /**
     * The transport the term is restricted to.
     *
     * @return the transport, or empty for all
     */
    Optional<Transport> transport();

    /**
     * The term as written, trimmed.
     *
     * @return the text
     */
    String text();
  }

  /**
   * The expression as written.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * The terms, in the order written.
   *
   * @return the terms, never empty
   */
  public abstract List<Term> terms();

  /**
   * Parses an expression.
   *
   * @param text the expression
   * @return the parsed expression
   * @throws IllegalArgumentException naming the input and what was expected, if {@code text} is null, empty, longer
   *     than {@link #MAX_LENGTH}, has more than {@link #MAX_TERMS} terms, holds control characters, a port outside
   *     0–65535, a reversed range, an unknown transport, or anything else that is not an expression
   */
  public static PortExpression parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("port expression is null (expected e.g. 1973, 1973/tcp, 6000-6063 or ssh)");
    }
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "port expression too long: "
              + text.length()
              + " characters (expected at most "
              + MAX_LENGTH
              + "): '"
              + Checks.shorten(text)
              + "'");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t') {
        throw new IllegalArgumentException(
            "control character in port expression '"
                + Checks.shorten(text)
                + "' at position "
                + (i + 1)
                + " (expected e.g. 1973, 1973/tcp, 6000-6063 or ssh)");
      }
    }
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("empty port expression (expected e.g. 1973, 1973/tcp, 6000-6063 or ssh)");
    }
    String[] parts = trimmed.split(",", -1);
    if (parts.length > MAX_TERMS) {
      throw new IllegalArgumentException(
          "too many terms in port expression: " + parts.length + " (expected at most " + MAX_TERMS + ")");
    }
    List<Term> terms = new ArrayList<>(parts.length);
    for (String part : parts) {
      terms.add(term(part.strip(), trimmed));
    }
    return ImmutablePortExpression.builder().text(trimmed).terms(terms).build();
  }

  private static Term term(String t, String whole) {
    if (t.isEmpty()) {
      throw new IllegalArgumentException(
          "empty term in port expression '" + Checks.shorten(whole) + "' (expected ports or a name between commas)");
    }
    String value = t;
    Transport transport = null;
    int slash = t.indexOf('/');
    int colon = t.indexOf(':');
    if (slash >= 0 || colon >= 0) {
      int sep = slash >= 0 ? slash : colon;
      if (t.indexOf('/', sep + 1) >= 0 || t.indexOf(':', sep + 1) >= 0 || (slash >= 0 && colon >= 0)) {
        throw bad(t, whole, "one transport separator at most");
      }
      String left = t.substring(0, sep).strip();
      String right = t.substring(sep + 1).strip();
      if (looksLikeTransport(left) && !looksLikeTransport(right)) {
        transport = transport(left, t, whole);
        value = right;
      } else {
        transport = transport(right, t, whole);
        value = left;
      }
    }
    ImmutableTerm.Builder b = ImmutableTerm.builder().text(t);
    if (transport != null) {
      b.transport(transport);
    }
    if (value.isEmpty()) {
      throw bad(t, whole, "a port, a range or a service name");
    }
    if (Character.isDigit(value.charAt(0)) || value.charAt(0) == '-' || value.charAt(0) == '+') {
      if (!NUMBER_OR_SPAN.matcher(value).matches()) {
        if (SERVICE.matcher(value).matches() && !value.chars().allMatch(c -> Character.isDigit(c) || c == '-')) {
          return b.service(value).build();
        }
        throw bad(t, whole, "a port 0 to 65535, a range such as 6000-6063, or a service name");
      }
      int dash = value.indexOf('-');
      int first = number(dash < 0 ? value : value.substring(0, dash).strip(), t, whole);
      int last = dash < 0 ? first : number(value.substring(dash + 1).strip(), t, whole);
      if (last < first) {
        throw new IllegalArgumentException(
            "reversed port range '" + Checks.shorten(t) + "' in '" + Checks.shorten(whole)
                + "' (expected the first port not above the last, e.g. " + last + "-" + first + ")");
      }
      return b.ports(PortSpan.of(first, last)).build();
    }
    if (!SERVICE.matcher(value).matches()) {
      throw bad(t, whole, "a port 0 to 65535, a range such as 6000-6063, or a service name of letters, digits and -");
    }
    return b.service(value).build();
  }

  private static boolean looksLikeTransport(String s) {
    for (Transport tr : Transport.values()) {
      if (tr.token().equalsIgnoreCase(s)) {
        return true;
      }
    }
    return false;
  }

  private static Transport transport(String s, String term, String whole) {
    try {
      return Transport.parse(s);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown transport '" + Checks.shorten(s) + "' in '" + Checks.shorten(whole)
              + "' (expected one of tcp, udp, sctp, dccp)", e);
    }
  }

  private static int number(String digits, String term, String whole) {
    if (digits.length() > 5) {
      throw new IllegalArgumentException(
          "port out of range: '" + Checks.shorten(digits) + "' in '" + Checks.shorten(whole) + "' (expected 0 to 65535)");
    }
    int n = Integer.parseInt(digits);
    if (n > Checks.MAX_PORT) {
      throw new IllegalArgumentException(
          "port out of range: " + n + " in '" + Checks.shorten(whole) + "' (expected 0 to 65535)");
    }
    return n;
  }

  private static IllegalArgumentException bad(String term, String whole, String expected) {
    return new IllegalArgumentException(
        "cannot read '" + Checks.shorten(term) + "' in port expression '" + Checks.shorten(whole)
            + "' (expected " + expected + ")");
  }
}
