package dev.tenso.core.common;

/**
 * The store (Redis) could not be reached or did not answer in time. Channels answer it with
 * {@link ErrorCode#TEMPORARILY_UNAVAILABLE}; nothing was written when it is thrown from a write.
 */
public final class StoreUnavailableException extends RuntimeException {
  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
