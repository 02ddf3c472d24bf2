package org.portlore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.portlore.internal.Checks;

/**
 * Where a fact comes from: an RFC, an Internet-Draft, IANA's registry, a web page, or a citation in text.
 *
 * <p>JSON: {@code {"kind": "rfc", "reference": "RFC 2106", "url": "https://www.rfc-editor.org/rfc/rfc2106"}}.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSource.class)
@JsonDeserialize(as = ImmutableSource.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"kind", "reference", "url"})
public abstract class Source {
  /** The patterns of {@link #parse}, compiled on first parse: decoding stored sources never needs them. */
  private static final class Patterns {
    static final Pattern RFC = Pattern.compile("(?i)rfc\\s*-?\\s*(\\d{1,5})");
    static final Pattern URL = Pattern.compile("(?i)https?://\\S+");
    static final Pattern DRAFT = Pattern.compile("(?i)(draft-[a-z0-9-]+|RFC-[a-z0-9-]+)");
  }

  /** What kind of reference a source is. JSON: the lower-case name. */
  public enum Kind {
    /** An RFC, by number. */
    RFC,
    /** An Internet-Draft, by name. */
    DRAFT,
    /** IANA's Service Name and Transport Protocol Port Number Registry. */
    IANA,
    /** A public web page. */
    URL,
    /** A citation in text, such as a book or a person named in IANA's registry. */
    TEXT;

    /** The token, computed once: JSON and log fields read it per event. */
    private final String token = name().toLowerCase(Locale.ROOT);

    /**
     * The JSON form.
     *
     * @return the lower-case name
     */
    @com.fasterxml.jackson.annotation.JsonValue
    public String token() {
      return token;
    }

    /**
     * Parses the JSON form, ignoring case.
     *
     * @param text the name
     * @return the kind
     * @throws IllegalArgumentException if {@code text} names no kind
     */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static Kind parse(String text) {
      for (Kind k : values()) {
        if (k.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
          return k;
        }
      }
      throw new IllegalArgumentException(
          "unknown source kind: '" + Checks.shorten(text) + "' (expected rfc, draft, iana, url or text)");
    }
  }

  /**
   * The kind of source.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * The reference as a reader would cite it, such as {@code "RFC 2106"} or a page's address.
   *
   * @return the reference, never blank
   */
  public abstract String reference();

  /**
   * Where a reader can check the source, when it has an address.
   *
   * @return the address, or empty
   */
  public abstract Optional<String> url();

  @Value.Check
  void check() {
    if (reference().isBlank()) {
      throw new IllegalArgumentException("a source needs a reference (got a blank one)");
    }
  }

  /**
   * An RFC source with its rfc-editor.org address.
   *
   * @param number the RFC number
   * @return the source
   * @throws IllegalArgumentException if the number is not positive
   */
  public static Source rfc(int number) {
    if (number <= 0) {
      throw new IllegalArgumentException("RFC number must be positive: " + number);
    }
    return ImmutableSource.builder()
        .kind(Kind.RFC)
        .reference("RFC " + number)
        .url("https://www.rfc-editor.org/rfc/rfc" + number)
        .build();
  }

  /**
   * A source in IANA's registry.
   *
   * @param reference what in the registry, such as {@code "IANA registry: dlsrap"}
   * @return the source, with the registry's address
   * @throws IllegalArgumentException if {@code reference} is blank
   */
  public static Source iana(String reference) {
    return ImmutableSource.builder()
        .kind(Kind.IANA)
        .reference(reference)
        .url("https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml")
        .build();
  }

  /**
   * A web page.
   *
   * @param url its address, {@code http} or {@code https}
   * @return the source
   * @throws IllegalArgumentException if {@code url} is not an http(s) address
   */
  public static Source url(String url) {
    if (url == null || !Patterns.URL.matcher(url.strip()).matches()) {
      throw new IllegalArgumentException(
          "not a web address: '" + Checks.shorten(url) + "' (expected http:// or https://...)");
    }
    return ImmutableSource.builder().kind(Kind.URL).reference(url.strip()).url(url.strip()).build();
  }

  /**
   * Reads a source as the curated data writes it: {@code "RFC 2106"}, {@code "IANA"} or {@code "IANA: ..."}, an
   * http(s) address, or {@code "draft-..."}.
   *
   * @param text the citation
   * @return the source
   * @throws IllegalArgumentException if {@code text} is blank or of none of these forms
   */
  public static Source parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a source must not be blank (expected RFC n, IANA, draft-... or a URL)");
    }
    String t = text.strip();
    Matcher rfc = Patterns.RFC.matcher(t);
    if (rfc.matches()) {
      return rfc(Integer.parseInt(rfc.group(1)));
    }
    if (Patterns.URL.matcher(t).matches()) {
      return url(t);
    }
    if (t.equalsIgnoreCase("iana") || t.regionMatches(true, 0, "IANA:", 0, 5)) {
      return iana(t.length() > 5 ? "IANA registry: " + t.substring(5).strip() : "IANA registry");
    }
    if (Patterns.DRAFT.matcher(t).matches()) {
      return ImmutableSource.builder()
          .kind(Kind.DRAFT)
          .reference(t)
          .url("https://datatracker.ietf.org/doc/" + t)
          .build();
    }
    throw new IllegalArgumentException(
        "unreadable source: '"
            + Checks.shorten(t)
            + "' (expected 'RFC n', 'IANA', 'IANA: ...', 'draft-...' or an http(s) URL)");
  }
}
