package dev.tenso.redis;

import dev.tenso.core.common.Lru;
import java.util.Map;

/**
 * The user ids Slack ids were last found linked to ({@code tenso:user-slack}), so that a Slack
 * user's next snapshot starts at their user record. Only a hint: the record read names its Slack
 * id ({@code slackId}, written by the same script as the index), and a record that no longer
 * names it sends the reader back to the index, so what an instance holds here never changes an
 * answer. Bounded (least recently used go first).
 */
final class SlackLinks {
  private static final int MAX = 10_000;

  private final Map<String, String> users = Lru.map(MAX);

  synchronized String userOf(String slackId) {
    return users.get(slackId);
  }

  synchronized void remember(String slackId, String userId) {
    users.put(slackId, userId);
  }

  synchronized void forget(String slackId) {
    users.remove(slackId);
  }
}
