package dev.tenso.core.common;

/** Where an action came from; written into every audit event. */
public enum Channel {
  SLACK,
  PHONE,
  CONSOLE,
  IMPORT,
  SYSTEM;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
