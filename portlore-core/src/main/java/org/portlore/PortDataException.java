package org.portlore;

/**
 * Data that portlore cannot use: a broken IANA file, overlay or bundled dataset, or none at all.
 *
 * <p>The message names the source (a file or resource), the place in it (record, line, column, field) where known,
 * what was wrong, and what to do. Whatever failed to load is not used: nothing is half-loaded.
 */
public final class PortDataException extends RuntimeException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  private final String source;

  /**
   * A data failure.
   *
   * @param source the file or resource that failed
   * @param message what was wrong and where, and what to do
   */
  public PortDataException(String source, String message) {
    super(source + ": " + message);
    this.source = source;
  }

  /**
   * A data failure with its cause.
   *
   * @param source the file or resource that failed
   * @param message what was wrong and where, and what to do
   * @param cause the underlying failure
   */
  public PortDataException(String source, String message, Throwable cause) {
    super(source + ": " + message, cause);
    this.source = source;
  }

  /**
   * The file or resource that failed.
   *
   * @return its name
   */
  public String source() {
    return source;
  }
}
