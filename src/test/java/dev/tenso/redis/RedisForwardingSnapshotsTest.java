package dev.tenso.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.User;
import dev.tenso.core.forwarding.ForwardingSnapshots.Snapshot;
import dev.tenso.importer.OrganisationImporter;
import dev.tenso.testsupport.AuditFeeds;
import dev.tenso.testsupport.UserBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snapshot a channel answers from, read slot by slot on one server and on a cluster: what an
 * instance remembers to spare reads (the user a Slack id was linked to, contracts and sites of an
 * inventory version) never changes an answer: a site renamed by an import and a Slack id linked to
 * another user are seen by the very next read.
 */
class RedisForwardingSnapshotsTest extends EmptiedOnEachTopology {
  private static final String ORG = """
      voiceGroups: [{id: Y1, name: 本社}]
      sites: [{id: S1, name: %s, voiceGroup: Y1, opened: true}]
      contracts: [{number: N1, voiceGroup: Y1, site: S1, plan: IP_VOICE}]
      numbers: [{number: 050-1111-0001, contract: N1}, {number: 050-1111-0002, contract: N1}]
      users:
        - {email: taro@example.com, name: 太郎, phone: 03-1111-2222, language: ja,
           secondFactor: MAIL_OTP, timezone: Asia/Tokyo, registered: true,
           lineNotification: false, numbers: [050-1111-0001]}
        - {email: jiro@example.com, name: 次郎, phone: 03-1111-3333, language: ja,
           secondFactor: MAIL_OTP, timezone: Asia/Tokyo, registered: true,
           lineNotification: false, numbers: [050-1111-0002]}
      """;

  @TempDir Path dir;
  private final RedisUsers users = new RedisUsers(redis, AuditFeeds.of(redis));
  private final RedisForwardingSnapshots snapshots = new RedisForwardingSnapshots(redis);

  private void load(String siteName) throws Exception {
    Path file = dir.resolve("org.yaml");
    Files.writeString(file, ORG.formatted(siteName));
    new OrganisationImporter(new RedisInventory(redis),
        new RedisForwardingStore(redis, AuditFeeds.of(redis)), users,
        new RedisImportWriter(redis, AuditFeeds.of(redis)), imported -> { },
        Clock.systemUTC()).load(file.toString());
  }

  private User user(String email) {
    return users.byEmail(Email.of(email)).orElseThrow();
  }

  private static String siteName(Snapshot s) {
    return s.numbers().get(0).details().site().name();
  }

  @Test
  void aSiteRenamedByAnImportIsShownByTheNextRead() throws Exception {
    load("東京");
    UserId taro = user("taro@example.com").id();
    assertThat(siteName(snapshots.read(taro, List.of(), 20))).isEqualTo("東京");
    assertThat(siteName(snapshots.read(taro, List.of(), 20))).isEqualTo("東京"); // remembered

    load("東京本社");

    assertThat(siteName(snapshots.read(taro, List.of(), 20))).isEqualTo("東京本社");
  }

  @Test
  void aSlackIdLinkedToAnotherUserIsFollowedByTheNextRead() throws Exception {
    load("東京");
    User taro = user("taro@example.com");
    User jiro = user("jiro@example.com");
    assertThat(users.update(taro, UserBuilder.from(taro).slackId("U1").build(), null)).isTrue();
    assertThat(snapshots.readBySlackId("U1", List.of(), 20).user()).map(User::id)
        .contains(taro.id()); // remembered: U1 is taro

    taro = user("taro@example.com");
    assertThat(users.update(taro, UserBuilder.from(taro).slackId("").build(), null)).isTrue();
    assertThat(snapshots.readBySlackId("U1", List.of(), 20).user()).as("unlinked").isEmpty();
    assertThat(users.update(jiro, UserBuilder.from(jiro).slackId("U1").build(), null)).isTrue();

    Snapshot s = snapshots.readBySlackId("U1", List.of(), 20);
    assertThat(s.user()).map(User::id).contains(jiro.id());
    assertThat(s.numbers()).extracting(n -> n.details().ip().display())
        .containsExactly("050-1111-0002");
  }
}
