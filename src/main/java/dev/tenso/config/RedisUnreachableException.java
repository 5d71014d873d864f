package dev.tenso.config;

/** Redis did not answer PING at start-up; the message names where it was looked for. */
final class RedisUnreachableException extends RuntimeException {
  private final String address;

  RedisUnreachableException(String address, Throwable cause) {
    super("Redis at " + address + " cannot be reached", cause);
    this.address = address;
  }

  String address() {
    return address;
  }
}
