package org.portlore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person or organisation named in IANA's registry, resolved through the registry's {@code <people>} list.
 *
 * <p>JSON keys: {@code id}, {@code name}, {@code organization}, {@code email}, {@code uri}, {@code updated}; absent
 * values are left out. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContact.class)
@JsonDeserialize(as = ImmutableContact.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"id", "name", "organization", "email", "uri", "updated"})
public interface Contact {
  /**
   * IANA's identifier of the person, such as {@code Steve_T_Chiang}.
   *
   * @return the identifier
   */
  String id();

  /**
   * The person's name.
   *
   * @return the name, or empty when IANA gives only an organisation
   */
  Optional<String> name();

  /**
   * The organisation.
   *
   * @return the organisation, or empty
   */
  Optional<String> organization();

  /**
   * The e-mail address, with IANA's {@code &} written back as {@code @}.
   *
   * @return the address, or empty
   */
  Optional<String> email();

  /**
   * A non-mail address given for the person, such as a web page.
   *
   * @return the address, or empty
   */
  Optional<String> uri();

  /**
   * When IANA last updated the person's entry, as {@code YYYY-MM-DD}.
   *
   * @return the date, or empty
   */
  Optional<String> updated();
}
