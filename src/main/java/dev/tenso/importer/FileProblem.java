package dev.tenso.importer;

import java.io.IOException;

/**
 * A problem of the file as a whole (too large, not UTF-8, too many aliases), thrown from inside
 * the YAML reader and reported as its one error. Its message holds no content of the file.
 */
final class FileProblem extends IOException {
  private final transient ImportError error;

  FileProblem(ImportError error) {
    super(error.toString());
    this.error = error;
  }

  ImportError error() {
    return error;
  }

  /** The problem behind {@code e} (SnakeYAML wraps what its reader throws), if any. */
  static java.util.Optional<ImportError> in(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof FileProblem p) {
        return java.util.Optional.of(p.error);
      }
    }
    return java.util.Optional.empty();
  }
}
