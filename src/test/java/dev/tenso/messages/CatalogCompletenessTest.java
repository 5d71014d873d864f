package dev.tenso.messages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.ErrorCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The catalogs as packaged stay complete: every leaf in Japanese and English and nothing else,
 * every error code with a chat and a spoken text, the same placeholders in both languages.
 * Walks the raw YAML itself rather than trusting the loader.
 */
class CatalogCompletenessTest {
  private static final Catalogs CATALOGS = ClasspathCatalogs.load();
  private static final Pattern SPOKEN_SYMBOLS =
      Pattern.compile("[-/()（）「」【】:：#*＊・~～<>\\[\\]\"“”_=+&%$@^|\\\\■→]");

  @ParameterizedTest
  @ValueSource(strings = {ClasspathCatalogs.CHAT, ClasspathCatalogs.SPOKEN})
  void everyLeafHasExactlyNonBlankJaAndEn(String folder) {
    Map<String, String> files = ClasspathCatalogs.read(folder);
    assertThat(files).as(folder + " holds YAML files").isNotEmpty();
    List<String> problems = new ArrayList<>();
    files.forEach((path, text) -> walk(path, "", load(text), problems));
    assertThat(problems).as(folder).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(ErrorCode.class)
  void everyErrorCodeHasAChatText(ErrorCode code) {
    assertThat(CATALOGS.chat().has("errors." + code.name()))
        .as("conversations/errors.yaml has " + code).isTrue();
  }

  @ParameterizedTest
  @EnumSource(ErrorCode.class)
  void everyErrorCodeHasASpokenText(ErrorCode code) {
    assertThat(CATALOGS.spoken().has("errors." + code.name()))
        .as("ivr-scripts/errors.yaml has " + code).isTrue();
  }

  @Test
  void noErrorTextIsLeftForACodeThatDoesNotExist() {
    Set<String> codes = Set.copyOf(Arrays.stream(ErrorCode.values()).map(c -> "errors." + c).toList());
    for (MessageCatalog catalog : List.of(CATALOGS.chat(), CATALOGS.spoken())) {
      assertThat(catalog.keys().stream().filter(k -> k.startsWith("errors.")))
          .allSatisfy(k -> assertThat(codes).contains(k));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {ClasspathCatalogs.CHAT, ClasspathCatalogs.SPOKEN})
  void placeholdersAreTheSameInBothLanguages(String folder) {
    Map<String, String> mismatched = new LinkedHashMap<>();
    CatalogYaml.parse(ClasspathCatalogs.read(folder)).forEach((key, m) -> {
      if (!MessageCatalog.placeholders(m.ja()).equals(MessageCatalog.placeholders(m.en()))) {
        mismatched.put(key, MessageCatalog.placeholders(m.ja()) + " vs "
            + MessageCatalog.placeholders(m.en()));
      }
    });
    assertThat(mismatched).as(folder).isEmpty();
  }

  @Test
  void spokenTextsHoldNoSymbolsATextToSpeechEngineWouldReadOut() {
    Map<String, String> withSymbols = new LinkedHashMap<>();
    CatalogYaml.parse(ClasspathCatalogs.read(ClasspathCatalogs.SPOKEN)).forEach((key, m) -> {
      for (String text : List.of(m.ja(), m.en())) {
        String words = MessageCatalog.PLACEHOLDER.matcher(text).replaceAll("");
        if (SPOKEN_SYMBOLS.matcher(words).find()) {
          withSymbols.put(key, text);
        }
      }
    });
    assertThat(withSymbols).isEmpty();
  }

  private static Object load(String text) {
    return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
  }

  private static void walk(String path, String key, Object node, List<String> problems) {
    if (!(node instanceof Map<?, ?> map)) {
      problems.add(path + " " + key + ": not a map");
      return;
    }
    if (!map.containsKey("ja") && !map.containsKey("en")) {
      map.forEach((k, v) -> walk(path, key + "." + k, v, problems));
      return;
    }
    if (!map.keySet().equals(Set.of("ja", "en"))) {
      problems.add(path + " " + key + ": keys " + map.keySet() + " instead of [ja, en]");
    }
    for (Object lang : List.of("ja", "en")) {
      if (!(map.get(lang) instanceof String s) || s.isBlank()) {
        problems.add(path + " " + key + ": " + lang + " is not a non-blank text");
      }
    }
  }
}
