package dev.tenso.core.auth;

/** Port: the current terms (read from {@code conversations/terms.yaml} by the adapter). */
public interface TermsCatalog {
  Terms current();
}
