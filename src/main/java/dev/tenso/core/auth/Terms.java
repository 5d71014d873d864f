package dev.tenso.core.auth;

import dev.tenso.core.directory.Language;
import java.util.Objects;

/** カスタマーポータル個人情報保護規約: a version and its text in each language. */
public record Terms(String version, String ja, String en) {
  public Terms {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(ja, "ja");
    Objects.requireNonNull(en, "en");
    if (version.isBlank()) {
      throw new IllegalArgumentException("the terms need a version");
    }
  }

  public String text(Language language) {
    return language == Language.JA ? ja : en;
  }
}
