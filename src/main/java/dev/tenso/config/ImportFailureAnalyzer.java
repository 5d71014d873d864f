package dev.tenso.config;

import dev.tenso.importer.ImportErrorTexts;
import dev.tenso.importer.ImportFailedException;
import dev.tenso.messages.ClasspathCatalogs;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A bad import file stops the start; the analysis lists every error with its line, path and code,
 * and says each in Japanese and English (the file's author may read either). The texts come from
 * the chat catalog on the classpath; should it not load, the codes alone are listed.
 */
public final class ImportFailureAnalyzer extends AbstractFailureAnalyzer<ImportFailedException> {
  @Override
  protected FailureAnalysis analyze(Throwable root, ImportFailedException cause) {
    ImportErrorTexts texts = texts();
    return new FailureAnalysis(texts.failure(cause.source(), cause.errors()), texts.action(), cause);
  }

  private static ImportErrorTexts texts() {
    try {
      return new ImportErrorTexts(ClasspathCatalogs.load(ClasspathCatalogs.CHAT));
    } catch (RuntimeException unreadableCatalog) {
      return ImportErrorTexts.codesOnly();
    }
  }
}
