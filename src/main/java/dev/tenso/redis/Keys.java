package dev.tenso.redis;

import dev.tenso.core.common.Channel;
import dev.tenso.core.directory.SearchField;
import java.util.Locale;

/**
 * Every Redis key tenso's adapters use; the schema is described in {@code package-info.java}.
 *
 * <p>Keys that one script or transaction changes together share a hash tag (the part in braces),
 * so that on Redis Cluster they live in one slot: a number's keys share {@code {<digits>}}, the
 * directory's (users, their indexes and user list, user groups) share {@link #DIRECTORY}, the inventory's
 * {@link #INVENTORY}, a user's sign-in records {@code {<user id>}}. A hash tag is the first
 * braces of a key, so what follows it may hold anything.
 */
final class Keys {
  static final String PREFIX = "tenso:";
  /** The hash tag of the directory: one unit of change (an email is unique across users). */
  static final String DIRECTORY = "{directory}";
  /** The hash tag of the inventory's voice groups, sites, contracts and their index sets. */
  static final String INVENTORY = "{inventory}";
  static final String VOICE_GROUPS = PREFIX + "voicegroups:" + INVENTORY;
  static final String SITES = PREFIX + "sites:" + INVENTORY;
  static final String CONTRACTS = PREFIX + "contracts:" + INVENTORY;
  static final String NUMBERS = PREFIX + "numbers:" + INVENTORY;
  /**
   * A hash whose field {@code version} is a number moved on when an import that changed contracts
   * or sites ends (their only writer); in the directory's slot so a user is read with it by one
   * script, and a hash so it is read with a user in one command where Redis tracks what was read.
   */
  static final String INVENTORY_STATE = PREFIX + "inventory-state:" + DIRECTORY;
  static final String USERS = PREFIX + "users:" + DIRECTORY;
  static final String USER_GROUPS = PREFIX + "usergroups:" + DIRECTORY;
  /** The user groups' names, score 0, so sorted by name: what a form offers. */
  static final String USER_GROUP_NAMES = PREFIX + "usergroup-names:" + DIRECTORY;
  /** Every audit event: a view fed from the streams the events are written to ({@link AuditFeed}). */
  static final String AUDIT = PREFIX + "audit";
  /** The events of the directory (user changes): written with the change, in its slot. */
  static final String DIRECTORY_AUDIT = PREFIX + "audit:directory:" + DIRECTORY;
  /** The version of the user indexes built over the stored directory (absent: none built). */
  static final String USER_INDEXES = PREFIX + "user-indexes";
  /** The imports staged or being switched in (their ids): what a start-up finishes. */
  static final String IMPORTS = PREFIX + "imports";
  /** "1": every number stored before routing records existed has one (set once). */
  static final String ROUTES_BACKFILLED = PREFIX + "routes-backfilled";

  private Keys() {}

  /** {@code {<value>}}: the hash tag of one number or one user. */
  static String tag(String value) {
    return "{" + value + "}";
  }

  static String voiceGroup(String id) {
    return PREFIX + "voicegroup:" + INVENTORY + ":" + id;
  }

  static String site(String id) {
    return PREFIX + "site:" + INVENTORY + ":" + id;
  }

  static String contract(String number) {
    return PREFIX + "contract:" + INVENTORY + ":" + number;
  }

  static String number(String digits) {
    return PREFIX + "number:" + tag(digits);
  }

  static String forwarding(String digits) {
    return PREFIX + "forwarding:" + tag(digits);
  }

  /** The routing record of a number: what a call to it does (§6), read once per call. */
  static String route(String digits) {
    return PREFIX + "route:" + tag(digits);
  }

  static String user(String id) {
    return PREFIX + "user:" + DIRECTORY + ":" + id;
  }

  static String userEmail(String emailKey) {
    return PREFIX + "user-email:" + DIRECTORY + ":" + emailKey;
  }

  /** The user linked to a Slack user id. */
  static String userSlack(String slackId) {
    return PREFIX + "user-slack:" + DIRECTORY + ":" + slackId;
  }

  /** The users, not DISABLED, whose phone or mobile has these digits. */
  static String userPhone(String digits) {
    return PREFIX + "user-phone:" + DIRECTORY + ":" + digits;
  }

  /** The users who have this IP number assigned directly. */
  static String numberUsers(String digits) {
    return PREFIX + "number-users:" + DIRECTORY + ":" + digits;
  }

  /** The user list's index by one field: a sorted set of {@link UserIndexes#listed} members. */
  static String userList(SearchField field) {
    return PREFIX + "user-list:" + DIRECTORY + ":" + field.name().toLowerCase(Locale.ROOT);
  }

  static String userGroup(String name) {
    return PREFIX + "usergroup:" + DIRECTORY + ":" + name;
  }

  /** A number's events: written with each change of its forwarding, in its slot. */
  static String numberAudit(String digits) {
    return PREFIX + "audit:number:" + tag(digits);
  }

  /** The events a user made or was the subject of: a view fed by {@link AuditFeed}. */
  static String userAudit(String userId) {
    return PREFIX + "audit:user:" + tag(userId);
  }

  /**
   * The first event of an audit stream not yet fed to the views, in the stream's slot (absent:
   * all fed); {@code stream} is {@link #numberAudit} or {@link #DIRECTORY_AUDIT}.
   */
  static String unfed(String stream) {
    return PREFIX + "audit:unfed:" + stream.substring(stream.indexOf('{'));
  }

  /** The origin stream an unfed mark ({@link #unfed}) belongs to. */
  static String originOfUnfed(String mark) {
    String tag = tagOf(mark);
    return tag.equals(DIRECTORY) ? DIRECTORY_AUDIT
        : numberAudit(tag.substring(1, tag.length() - 1));
  }

  /** A channel delivery already taken (retry dedupe): one key, its own tag, a short TTL. */
  static String delivery(String id) {
    return PREFIX + "delivery:" + tag(id);
  }

  /** Part {@code n} of a staged import; an import's parts and mark share its slot. */
  static String importPart(String importId, int n) {
    return PREFIX + "import:" + tag(importId) + ":" + n;
  }

  /** The commit mark of an import: {@code <number of staged parts>} once committed. */
  static String importCommitted(String importId) {
    return PREFIX + "import:" + tag(importId) + ":committed";
  }

  /** The hash tag of a key (its first braces), or the key itself when it has none. */
  static String tagOf(String key) {
    int open = key.indexOf('{');
    int close = open < 0 ? -1 : key.indexOf('}', open + 1);
    return close > open + 1 ? key.substring(open, close + 1) : key;
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
