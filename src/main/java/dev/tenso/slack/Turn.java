package dev.tenso.slack;

import com.slack.api.methods.MethodsClient;
import dev.tenso.core.directory.Language;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One request's way back: who asked, what they typed (kept as the pending action when a code
 * is needed first), the modal trigger, the Web API client, the answer, and the language of
 * the directory user once known (a failure is then told in it alone).
 */
record Turn(String slackId, String text, String trigger, MethodsClient client, Answer answer,
    AtomicReference<Language> lang) {
  static Turn of(String slackId, String text, String trigger, MethodsClient client,
      Answer answer) {
    return new Turn(slackId, text, trigger, client, answer, new AtomicReference<>());
  }

  /** The user is known: from now on, failures are told in their language. */
  void speaks(Language language) {
    lang.set(language);
  }

  /** Tells of a failure after the ack: in the user's language once known, else in both. */
  Later.FailureNotice failure(Texts texts) {
    return unavailable -> answer.send(Reply.of(unavailable ? texts.unavailable(lang.get())
        : texts.failed(lang.get())));
  }

  @Override
  public String toString() {
    return "Turn[" + slackId + "]";
  }
}
