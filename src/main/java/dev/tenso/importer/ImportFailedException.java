package dev.tenso.importer;

import java.util.List;

/**
 * The import file was refused; nothing of it was written. The message lists every error, in words
 * when the importer was given the texts ({@link ImportErrorTexts}), never with a value of the file.
 */
public final class ImportFailedException extends RuntimeException {
  private final String source;
  private final transient List<ImportError> errors;

  public ImportFailedException(String source, List<ImportError> errors) {
    this(source, errors, ImportErrorTexts.codesOnly());
  }

  public ImportFailedException(String source, List<ImportError> errors, ImportErrorTexts texts) {
    super(texts.failure(source, errors));
    this.source = source;
    this.errors = List.copyOf(errors);
  }

  /** Where the file was ({@code classpath:...} or an absolute path). */
  public String source() {
    return source;
  }

  public List<ImportError> errors() {
    return errors;
  }
}
