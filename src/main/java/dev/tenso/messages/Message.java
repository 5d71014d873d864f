package dev.tenso.messages;

import dev.tenso.core.directory.Language;

/** One message of a catalog: its Japanese and its English text, both non-blank. */
public record Message(String ja, String en) {
  public Message {
    if (ja == null || ja.isBlank() || en == null || en.isBlank()) {
      throw new IllegalArgumentException("a message needs non-blank ja and en");
    }
  }

  public String in(Language language) {
    return language == Language.JA ? ja : en;
  }
}
