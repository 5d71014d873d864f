package dev.tenso.config;

import dev.tenso.importer.ImportFailedException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A bad import file stops the start; the analysis lists every error with its line. */
public final class ImportFailureAnalyzer extends AbstractFailureAnalyzer<ImportFailedException> {
  @Override
  protected FailureAnalysis analyze(Throwable root, ImportFailedException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Fix the listed lines of the import file (tenso.import.file / TENSO_IMPORT) and start "
            + "tenso again; nothing of the file was written.", cause);
  }
}
