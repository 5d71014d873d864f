package dev.tenso.importer;

import dev.tenso.core.directory.Language;
import dev.tenso.messages.MessageCatalog;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Import errors in words, for the administrator who wrote the file: tenso does not know their
 * language, so each error is shown in Japanese and English after its {@code line N: path: CODE}.
 * An import reason's text is {@code import.<REASON>} ({@code conversations/import.yaml}), a core
 * error code's is {@code errors.<CODE>}. Only the error's own params fill a text, so no value of
 * the file can appear. Without a catalog ({@link #codesOnly()}) or without a text, the code alone
 * is shown: rendering never fails.
 */
public final class ImportErrorTexts {
  static final String SEPARATOR = " — ";
  /** The most errors a failure lists one by one. */
  static final int LISTED = 200;
  private static final Set<String> OWN = Arrays.stream(ImportReason.values())
      .map(Enum::name).collect(Collectors.toUnmodifiableSet());
  private final MessageCatalog chat;

  public ImportErrorTexts(MessageCatalog chat) {
    this.chat = chat;
  }

  /** No catalog: errors as {@code line N: path: CODE}, the heading in English. */
  public static ImportErrorTexts codesOnly() {
    return new ImportErrorTexts(null);
  }

  /** The catalog key of a reason's text. */
  static String key(String reason) {
    return OWN.contains(reason) ? "import." + reason : "errors." + reason;
  }

  /** The reason's text in {@code language}, with its params; empty when there is none. */
  public Optional<String> text(ImportError error, Language language) {
    return text(key(error.reason()), language, error.params());
  }

  /** {@code line 12: users[0].timezone: TIMEZONE_INVALID — ja / en}. */
  public String describe(ImportError error) {
    Optional<String> ja = text(error, Language.JA);
    Optional<String> en = text(error, Language.EN);
    if (ja.isEmpty() || en.isEmpty()) {
      return error.toString();
    }
    return error + SEPARATOR + ja.get() + " / " + en.get();
  }

  /**
   * The heading (Japanese, then English) and each error on its own indented line: the first
   * {@link #LISTED} of them, then how many more there are (a large file may have thousands).
   */
  public String failure(String source, List<ImportError> errors) {
    Map<String, String> p = Map.of("file", source, "count", Integer.toString(errors.size()));
    String heading = text("import.failure.title", Language.JA, p)
        .flatMap(ja -> text("import.failure.title", Language.EN, p).map(en -> ja + "\n" + en))
        .orElseGet(() -> "The import file " + source + " was not imported (nothing was written); "
            + errors.size() + (errors.size() == 1 ? " error" : " errors") + ":");
    String listed = heading + "\n" + errors.stream().limit(LISTED).map(e -> "  " + describe(e))
        .collect(Collectors.joining("\n"));
    if (errors.size() <= LISTED) {
      return listed;
    }
    Map<String, String> more = Map.of("count", Integer.toString(errors.size() - LISTED));
    return listed + "\n  " + text("import.failure.more", Language.JA, more)
        .flatMap(ja -> text("import.failure.more", Language.EN, more).map(en -> ja + " / " + en))
        .orElseGet(() -> "... and " + more.get("count") + " more errors");
  }

  /** What to do about a refused file (Japanese, then English). */
  public String action() {
    return text("import.failure.action", Language.JA, Map.of())
        .flatMap(ja -> text("import.failure.action", Language.EN, Map.of()).map(en -> ja + "\n" + en))
        .orElse("Fix the listed lines of the import file (tenso.import.file / TENSO_IMPORT) and "
            + "start tenso again; nothing of the file was written.");
  }

  private Optional<String> text(String key, Language language, Map<String, String> params) {
    if (chat == null || !chat.has(key)) {
      return Optional.empty();
    }
    try {
      return Optional.of(chat.text(key, language, params));
    } catch (IllegalArgumentException missingParam) {
      return Optional.empty();
    }
  }
}
