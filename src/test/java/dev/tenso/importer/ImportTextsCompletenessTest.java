package dev.tenso.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.directory.Language;
import dev.tenso.messages.ClasspathCatalogs;
import dev.tenso.messages.MessageCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every reason the importer can emit has a text an administrator can read: its own reasons
 * ({@link ImportReason}) in {@code conversations/import.yaml}, the core's error codes (which reach
 * it through value objects and the core's rules) in {@code conversations/errors.yaml}. The
 * importer's sources are read too, so that a reason written as a bare string cannot slip past.
 */
class ImportTextsCompletenessTest {
  private static final MessageCatalog CHAT = ClasspathCatalogs.load(ClasspathCatalogs.CHAT);
  private static final Path SOURCES = Path.of("src/main/java/dev/tenso/importer");
  private static final Pattern CODE_LITERAL = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{4,})\"");
  private static final Pattern REASON_USE = Pattern.compile("ImportReason\\.([A-Z][A-Z0-9_]*)");

  @ParameterizedTest
  @EnumSource(ImportReason.class)
  void everyImportReasonHasATextWithExactlyItsParams(ImportReason reason) {
    assertThat(CHAT.has(reason.key())).as("conversations/import.yaml has " + reason).isTrue();
    assertThat(ImportErrorTexts.key(reason.name())).isEqualTo(reason.key());
    for (Language l : Language.values()) {
      assertThat(MessageCatalog.placeholders(CHAT.text(reason.key(), l, params(reason))))
          .as(reason + " in " + l + " is filled completely").isEmpty();
      String template = l == Language.JA ? ja(reason.key()) : en(reason.key());
      assertThat(MessageCatalog.placeholders(template)).as(reason + " " + l)
          .isEqualTo(new TreeSet<>(reason.params()));
    }
  }

  @ParameterizedTest
  @EnumSource(ErrorCode.class)
  void everyCoreErrorCodeHasAText(ErrorCode code) {
    assertThat(ImportErrorTexts.key(code.name())).isEqualTo("errors." + code.name());
    assertThat(CHAT.has("errors." + code.name())).as("conversations/errors.yaml has " + code).isTrue();
  }

  @Test
  void noImportReasonIsNamedLikeACoreErrorCode() {
    Set<String> core = Arrays.stream(ErrorCode.values()).map(Enum::name).collect(Collectors.toSet());
    assertThat(ImportReason.values()).noneMatch(r -> core.contains(r.name()));
  }

  @Test
  void theImporterWritesNoReasonAsABareStringAndUsesEveryImportReason() throws IOException {
    Set<String> bare = new TreeSet<>();
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path p : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String src = Files.readString(p, StandardCharsets.UTF_8);
        Matcher literal = CODE_LITERAL.matcher(src);
        while (literal.find()) {
          bare.add(p.getFileName() + ": " + literal.group(1));
        }
        if (!p.getFileName().toString().equals("ImportReason.java")) {
          Matcher use = REASON_USE.matcher(src);
          while (use.find()) {
            used.add(use.group(1));
          }
        }
      }
    }
    assertThat(bare).as("reasons go through ImportReason or ErrorCode, so they have texts").isEmpty();
    assertThat(used).as("an ImportReason nobody emits is a stale text")
        .containsAll(Arrays.stream(ImportReason.values()).map(Enum::name).toList());
  }

  @Test
  void importYamlHoldsNoTextForAReasonThatDoesNotExist() {
    Set<String> reasons = Arrays.stream(ImportReason.values()).map(ImportReason::key)
        .collect(Collectors.toSet());
    assertThat(CHAT.keys().stream().filter(k -> k.startsWith("import."))
        .filter(k -> !k.startsWith("import.failure.")))
        .allSatisfy(k -> assertThat(reasons).contains(k));
  }

  private static java.util.Map<String, String> params(ImportReason reason) {
    return reason.params().stream().collect(Collectors.toMap(p -> p, p -> "7"));
  }

  // The raw templates: text() with a placeholder-free map would throw for a missing param.
  private static String ja(String key) {
    return CHAT.text(key, Language.JA, new Anything());
  }

  private static String en(String key) {
    return CHAT.text(key, Language.EN, new Anything());
  }

  /** Answers every param with its own placeholder, giving the template back. */
  private static final class Anything extends java.util.AbstractMap<String, String> {
    @Override
    public String get(Object key) {
      return "{" + key + "}";
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
      return Set.of();
    }
  }
}
