package dev.tenso.slack;

/** Slack's mrkdwn: text from the catalog or the directory shown as itself, never as markup. */
final class Mrkdwn {
  private Mrkdwn() {}

  /** Escapes {@code &}, {@code <} and {@code >}, the three characters Slack reads as markup. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
