package dev.tenso.core.auth;

/**
 * Port: a keyed one-way hash (HMAC-SHA256 with a server key) of a code or token, so the store
 * never holds a usable code. The same input always gives the same text.
 */
public interface CodeHasher {
  String hash(String value);
}
