package org.portlore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One record of IANA's Service Name and Transport Protocol Port Number Registry, exactly as IANA states it.
 *
 * <p>A record names a service on one transport and a port or a span of ports ({@code x11}: 6000–6063). Reserved
 * records have no service name; service-name-only records (DNS-SD) have no ports. JSON keys, in order:
 * {@code service}, {@code transport}, {@code ports}, {@code status}, {@code description}, {@code assignee},
 * {@code contact}, {@code registered}, {@code modified}, {@code references}, {@code notes}, {@code unauthorizedUse},
 * {@code serviceCode}; absent optional values are left out. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAssignment.class)
@JsonDeserialize(as = ImmutableAssignment.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
  "service", "transport", "ports", "status", "description", "assignee", "contact", "registered", "modified",
  "references", "notes", "unauthorizedUse", "serviceCode"
})
public interface Assignment {

  /** What a record says of its ports. JSON: the lower-case name. */
  enum Status {
    /** Assigned to a named service. */
    ASSIGNED,
    /** Reserved by IANA: not to be used. */
    RESERVED,
    /**
     * Unassigned, kept only where IANA says more of it: a note (such as a de-assignment) or a report of
     * unauthorized use. Plain Unassigned records are not kept.
     */
    UNASSIGNED;

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
     * @return the status
     * @throws IllegalArgumentException if {@code text} names no status
     */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static Status parse(String text) {
      for (Status s : values()) {
        if (s.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
          return s;
        }
      }
      throw new IllegalArgumentException(
          "unknown assignment status: '"
              + org.portlore.internal.Checks.shorten(text)
              + "' (expected assigned, reserved or unassigned)");
    }
  }

  /**
   * IANA's service name, such as {@code dlsrap}.
   *
   * @return the service name, or empty for a Reserved record
   */
  Optional<String> service();

  /**
   * The transport of the record.
   *
   * @return the transport, or empty where IANA names none (some Reserved records, which hold for every transport)
   */
  Optional<Transport> transport();

  /**
   * The port or span of ports of the record.
   *
   * @return the ports, or empty for a service name without a port (DNS-SD)
   */
  Optional<PortSpan> ports();

  /**
   * Whether the record assigns or reserves.
   *
   * @return the status
   */
  Status status();

  /**
   * IANA's description, with IANA's line breaks kept as {@code \n}.
   *
   * @return the description, possibly empty
   */
  String description();

  /**
   * The assignee, resolved through IANA's people list.
   *
   * @return the assignee, or empty
   */
  Optional<Contact> assignee();

  /**
   * The contact, resolved through IANA's people list.
   *
   * @return the contact, or empty
   */
  Optional<Contact> contact();

  /**
   * The registration date, {@code YYYY-MM-DD}.
   *
   * @return the date, or empty where IANA has none (most records older than 2005)
   */
  Optional<String> registered();

  /**
   * The date of the last modification, {@code YYYY-MM-DD}.
   *
   * @return the date, or empty
   */
  Optional<String> modified();

  /**
   * IANA's references: RFCs, drafts, addresses and texts.
   *
   * @return the references, possibly empty
   */
  List<Source> references();

  /**
   * IANA's notes on the record, as text.
   *
   * @return the notes, or empty
   */
  Optional<String> notes();

  /**
   * IANA's own report of unauthorized use of the port, such as {@code "Unauthorized Use Known on port 1521"}.
   *
   * @return the report, or empty
   */
  Optional<String> unauthorizedUse();

  /**
   * The DCCP service code.
   *
   * @return the code, or empty
   */
  Optional<Long> serviceCode();

  /**
   * Tells whether the record covers a transport: its own, or every transport where it names none.
   *
   * @param transport a transport
   * @return true if the record holds for {@code transport}
   */
  default boolean covers(Transport transport) {
    return transport().isEmpty() || transport().get() == transport;
  }
}
