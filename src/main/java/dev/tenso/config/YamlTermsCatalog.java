package dev.tenso.config;

import dev.tenso.core.auth.Terms;
import dev.tenso.core.auth.TermsCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The terms from {@code conversations/terms.yaml} on the classpath: {@code version} (the same
 * text in ja and en) and {@code text} (ja, en). Read once at start; a malformed file stops tenso.
 */
final class YamlTermsCatalog implements TermsCatalog {
  static final String RESOURCE = "conversations/terms.yaml";

  private final Terms terms;

  private YamlTermsCatalog(Terms terms) {
    this.terms = terms;
  }

  static YamlTermsCatalog load(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing");
      }
      Map<?, ?> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      Map<?, ?> version = (Map<?, ?>) root.get("version");
      Map<?, ?> text = (Map<?, ?>) root.get("text");
      if (version == null || text == null || !String.valueOf(version.get("ja"))
          .equals(String.valueOf(version.get("en")))) {
        throw new IllegalStateException(resource + " needs version (same in ja and en) and text");
      }
      return new YamlTermsCatalog(new Terms(String.valueOf(version.get("ja")),
          (String) text.get("ja"), (String) text.get("en")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Terms current() {
    return terms;
  }
}
