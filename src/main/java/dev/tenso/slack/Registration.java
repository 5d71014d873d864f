package dev.tenso.slack;

import java.util.Optional;

/** Registration (初回ログイン) of a PENDING user in a DM with the bot. */
final class Registration {
  private final Parts p;

  Registration(Parts p) {
    this.p = p;
  }

  Optional<Reply> run(Who who, SlackCommand cmd, CommandHandler.Turn turn) {
    return Optional.of(Reply.of(p.texts().failedInBoth()));
  }

  void register(com.slack.api.bolt.App app) {}

  Optional<Reply> action(CommandHandler.Turn turn, String id, String value) {
    return Optional.empty();
  }

  Optional<Reply> action(Who who, String id, String value, CommandHandler.Turn turn) {
    return Optional.empty();
  }
}
