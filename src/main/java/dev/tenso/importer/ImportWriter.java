package dev.tenso.importer;

import dev.tenso.core.inventory.IpNumber;
import java.util.Set;

/**
 * Port: the store as the import sees it. An import is planned in chunks against what is stored
 * ({@link #read}), written to a staging area that nothing else reads ({@link #stage}), and
 * switched in at the end ({@link Staging#commit}): an import too large for one transaction is
 * still all or nothing. Throws {@link dev.tenso.core.common.StoreUnavailableException} when the
 * store cannot be reached; before the commit nothing of the import is visible then.
 */
public interface ImportWriter {

  /** The stored state of these rows, in a few round trips whatever their number. */
  StoredRows read(StoredRows.Wanted wanted);

  /** A new, empty staging area. */
  Staging stage();

  /**
   * Finishes switching in an import that was committed but not completely switched in (the
   * process or the store stopped in between), so that it ends all written. Call it before
   * anything else reads the store.
   *
   * @return how many staged parts it switched in (0: none was pending)
   */
  int recover();

  /** Changes staged for one import; closing it drops whatever was not committed. */
  interface Staging extends AutoCloseable {

    /** Stages these changes (computed from the state {@link #read} gave). Nothing is visible. */
    void add(ChangeSet changes);

    /**
     * Switches in everything staged. Once this has begun, the import is completed even when the
     * process stops halfway ({@link ImportWriter#recover}). A record whose stored state changed
     * since it was read (a forwarding version, a user) is not written: it is returned, for the
     * importer to plan again from the new state.
     */
    Conflicts commit();

    @Override
    void close();
  }

  /** Rows not written because the store changed since they were planned. */
  record Conflicts(Set<IpNumber> forwarding, Set<String> userEmailKeys) {
    public static final Conflicts NONE = new Conflicts(Set.of(), Set.of());

    public Conflicts {
      forwarding = Set.copyOf(forwarding);
      userEmailKeys = Set.copyOf(userEmailKeys);
    }

    public boolean isEmpty() {
      return forwarding.isEmpty() && userEmailKeys.isEmpty();
    }
  }
}
