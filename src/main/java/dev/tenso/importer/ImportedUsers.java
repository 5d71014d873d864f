package dev.tenso.importer;

import java.util.List;

/**
 * Hook called after an import was stored, with every user row of the file as now stored, a chunk
 * of at most 1,000 at a time (the lead wires it to sign-in: a registered user's terms and TOTP
 * secret, an invited user's registration mail). Called again, with {@code created == false},
 * each time the same file is loaded: implementations must be idempotent. They must never log
 * the TOTP secret.
 */
@FunctionalInterface
public interface ImportedUsers {
  void imported(List<ImportedUser> users);
}
