package dev.tenso.config;

/** The phone channel's settings cannot work; the message names the setting, never its value. */
final class TwilioSettingsException extends RuntimeException {
  TwilioSettingsException(String message) {
    super(message);
  }
}
