package dev.tenso.core.directory;

/** A user's status; the temporary lock after failed codes is kept apart, by the auth core. */
public enum UserStatus {
  /** Added; registration (identity, second factor, terms) not finished. */
  PENDING,
  /** 有効. */
  ACTIVE,
  /** Disabled by an administrator; can be re-enabled. */
  DISABLED
}
