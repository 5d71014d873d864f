package dev.tenso.redis;

import dev.tenso.core.common.Channel;
import dev.tenso.core.directory.SearchField;
import java.util.Locale;

/** Every Redis key tenso's adapters use; the schema is described in {@code package-info.java}. */
final class Keys {
  static final String PREFIX = "tenso:";
  static final String VOICE_GROUPS = PREFIX + "voicegroups";
  static final String SITES = PREFIX + "sites";
  static final String CONTRACTS = PREFIX + "contracts";
  static final String NUMBERS = PREFIX + "numbers";
  static final String USERS = PREFIX + "users";
  static final String USER_GROUPS = PREFIX + "usergroups";
  static final String AUDIT = PREFIX + "audit";
  /** The version of the user indexes built over the stored directory (absent: none built). */
  static final String USER_INDEXES = PREFIX + "user-indexes";
  static final String ROUTES_BACKFILLED = PREFIX + "routes-backfilled";
  /** The import being switched in: {@code <import id> <number of staged parts>}. */
  static final String IMPORT_COMMITTED = PREFIX + "import:committed";

  private Keys() {}

  static String voiceGroup(String id) {
    return PREFIX + "voicegroup:" + id;
  }

  static String site(String id) {
    return PREFIX + "site:" + id;
  }

  static String contract(String number) {
    return PREFIX + "contract:" + number;
  }

  static String number(String digits) {
    return PREFIX + "number:" + digits;
  }

  static String forwarding(String digits) {
    return PREFIX + "forwarding:" + digits;
  }

  /** The routing record of a number: what a call to it does (§6), read once per call. */
  static String route(String digits) {
    return PREFIX + "route:" + digits;
  }

  static String user(String id) {
    return PREFIX + "user:" + id;
  }

  static String userEmail(String emailKey) {
    return PREFIX + "user-email:" + emailKey;
  }

  /** The user linked to a Slack user id. */
  static String userSlack(String slackId) {
    return PREFIX + "user-slack:" + slackId;
  }

  /** The users, not DISABLED, whose phone or mobile has these digits. */
  static String userPhone(String digits) {
    return PREFIX + "user-phone:" + digits;
  }

  /** The users who have this IP number assigned directly. */
  static String numberUsers(String digits) {
    return PREFIX + "number-users:" + digits;
  }

  /** The user list's index by one field: a sorted set of {@link UserIndexes#listed} members. */
  static String userList(SearchField field) {
    return PREFIX + "user-list:" + field.name().toLowerCase(Locale.ROOT);
  }

  static String userGroup(String name) {
    return PREFIX + "usergroup:" + name;
  }

  static String numberAudit(String digits) {
    return PREFIX + "audit:number:" + digits;
  }

  static String userAudit(String userId) {
    return PREFIX + "audit:user:" + userId;
  }

  /** A channel delivery already taken (retry dedupe). */
  static String delivery(String id) {
    return PREFIX + "delivery:" + id;
  }

  /** Part {@code n} of a staged import: the records the apply script writes, encoded. */
  static String importPart(String importId, int n) {
    return PREFIX + "import:" + importId + ":" + n;
  }

  /** True when the audit actor is a channel acting by itself (import, system), not a user id. */
  static boolean isSystemActor(String actor) {
    for (Channel c : Channel.values()) {
      if (c.id().equals(actor)) {
        return true;
      }
    }
    return actor.isEmpty();
  }
}
