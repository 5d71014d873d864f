package dev.tenso.importer;

/**
 * Port: applies a {@link ChangeSet} in one atomic step (the Redis adapter uses WATCH and
 * MULTI/EXEC). Throws {@link dev.tenso.core.common.StoreUnavailableException} when the store
 * cannot be reached; nothing is written then.
 */
public interface ImportWriter {

  /**
   * @return true when everything was written; false, writing nothing, when a forwarding version
   *     or a user's email index changed since the change set was computed (compute it again)
   */
  boolean apply(ChangeSet changes);
}
