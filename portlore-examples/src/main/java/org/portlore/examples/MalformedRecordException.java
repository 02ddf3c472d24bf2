package org.portlore.examples;

/** A firewall log line that cannot be read; the message says why, for the dead-letter record. */
public final class MalformedRecordException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * A malformed record.
   *
   * @param reason what is wrong, naming the offending part
   */
  public MalformedRecordException(String reason) {
    super(reason);
  }
}
