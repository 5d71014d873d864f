package dev.tenso.importer;

import java.util.List;

/**
 * The import's own reasons for refusing a row, beside the core's {@code ErrorCode}s (which a row
 * gets when a value object or a core rule refuses it). Each has a text in
 * {@code conversations/import.yaml} ({@code import.<NAME>}); {@link #params()} are the
 * placeholders that text uses, filled by the importer, never with a value from the file.
 */
enum ImportReason {
  // The file itself
  FILE_NOT_FOUND,
  FILE_NOT_READABLE,
  EMPTY_FILE,
  FILE_TOO_LARGE("mb"),
  NOT_UTF8,
  TOO_MANY_ALIASES("max"),
  YAML_SYNTAX("column"),

  // Shapes
  NOT_A_MAP,
  NOT_A_LIST,
  NOT_TEXT,
  NOT_A_BOOLEAN,
  NOT_AN_INTEGER,
  KEY_NOT_TEXT,
  UNKNOWN_FIELD("column", "allowed"),
  MISSING_COLON,
  DUPLICATE_KEY,
  REQUIRED,

  // Rows and references between them
  DUPLICATE,
  UNKNOWN_VOICE_GROUP,
  UNKNOWN_SITE,
  UNKNOWN_CONTRACT,
  UNKNOWN_NUMBER,
  SITE_OF_OTHER_VOICE_GROUP,
  PLAN_INVALID,
  MODE_INVALID,

  // Sign-in flags of a user row
  REGISTERED_AND_INVITE,
  TOTP_SECRET_REQUIRED,
  TOTP_SECRET_NOT_EXPECTED,
  TOTP_SECRET_INVALID;

  private final List<String> params;

  ImportReason(String... params) {
    this.params = List.of(params);
  }

  List<String> params() {
    return params;
  }

  /** The catalog key of this reason's text. */
  String key() {
    return "import." + name();
  }
}
