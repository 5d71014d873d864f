package dev.tenso.importer;

import java.util.List;
import java.util.stream.Collectors;

/** The import file was refused; nothing of it was written. The message lists every error. */
public final class ImportFailedException extends RuntimeException {
  private final transient List<ImportError> errors;

  public ImportFailedException(String source, List<ImportError> errors) {
    super("The import file " + source + " was not imported (nothing was written); "
        + errors.size() + (errors.size() == 1 ? " error" : " errors") + ":\n"
        + errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n")));
    this.errors = List.copyOf(errors);
  }

  public List<ImportError> errors() {
    return errors;
  }
}
