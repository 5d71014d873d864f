package dev.tenso.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.Actor;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.Users;
import dev.tenso.core.forwarding.ForwardingChange;
import dev.tenso.core.forwarding.ForwardingUseCases;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.notify.LineNotices;
import dev.tenso.core.notify.Mail;
import dev.tenso.redis.RedisDeliveries;
import dev.tenso.redis.RedisForwardingStore;
import dev.tenso.redis.RedisInventory;
import dev.tenso.redis.RedisUserGroups;
import dev.tenso.redis.RedisUsers;
import dev.tenso.testsupport.AuditFeeds;
import dev.tenso.testsupport.DelegatingUsers;
import dev.tenso.testsupport.ImportedRedis;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The caller lookup and the change notices find their users through the directory's indexes,
 * kept by the import as by every other write, and never read the whole directory (here, a
 * directory whose {@code all()} fails).
 */
class IndexedLookupsTest {
  private static final String ORG = """
      voiceGroups: [{id: Y1, name: 本社}]
      sites: [{id: S1, name: 東京, voiceGroup: Y1, opened: true}]
      contracts: [{number: N1, voiceGroup: Y1, site: S1, plan: IP_VOICE}]
      numbers: [{number: 050-1111-0001, contract: N1}]
      users:
        - {email: taro@example.com, name: 太郎, phone: 03-1111-2222, mobile: 090-1111-2222,
           language: ja, secondFactor: MAIL_OTP, timezone: Asia/Tokyo, registered: true,
           lineNotification: true, numbers: [%s]}
        - {email: jiro@example.com, name: 次郎, phone: 03-1111-2222, mobile: 090-3333-4444,
           language: ja, secondFactor: MAIL_OTP, timezone: Asia/Tokyo, registered: true,
           lineNotification: true, numbers: [%s]}
      """;
  private final ImportedRedis server = new ImportedRedis();
  private final StringRedisTemplate redis = server.redis;
  private final RedisUsers real = server.users;
  private final Users users = DelegatingUsers.unscannable(real);
  private final List<Mail> mails = new ArrayList<>();
  private int changes;
  private final ForwardingUseCases forwarding = new ForwardingUseCases(new RedisInventory(redis),
      new RedisForwardingStore(redis, AuditFeeds.of(redis)), users, new RedisUserGroups(redis),
      actor -> true,
      new LineNotices(users, mails::add, new RedisDeliveries(redis)), Runnable::run, Clock.systemUTC());
  @TempDir Path dir;

  @AfterEach
  void stop() {
    server.close();
  }

  private void load(String taroNumbers, String jiroNumbers) throws Exception {
    server.load(dir, ORG.formatted(taroNumbers, jiroNumbers));
  }

  private User user(String email) {
    return real.byEmail(Email.of(email)).orElseThrow();
  }

  private List<UserId> toldOfAChangeBy(User u) {
    mails.clear();
    assertThat(forwarding.change(new Actor(u.id(), ChannelIdentity.of(Channel.SLACK, "U1")), "050-1111-0001",
        ForwardingChange.none().withSlot(1, "090-" + (1000 + ++changes) + "-0000")
            .withEnabled(true)).violations()).isEmpty();
    return mails.stream().map(m -> ((Mail.ForwardingChanged) m).recipient().id()).toList();
  }

  @Test
  void theCallerAndWhoIsToldOfAChangeFollowWhatTheImportWrites() throws Exception {
    load("050-1111-0001", "");
    User taro = user("taro@example.com");
    var first = new FirstFactor(users);

    assertThat(first.byNumber("+819011112222")).map(User::id).contains(taro.id());
    assertThat(first.byNumber("03-1111-2222")).isEmpty(); // a shared line identifies nobody
    assertThat(toldOfAChangeBy(taro)).containsExactly(taro.id());

    load("", "050-1111-0001");
    User jiro = user("jiro@example.com");

    assertThat(real.byNumber(IpNumber.of("050-1111-0001"))).extracting(User::id)
        .containsExactly(jiro.id());
    assertThat(toldOfAChangeBy(jiro)).containsExactly(jiro.id());
    assertThat(first.byNumber("090-3333-4444")).map(User::id).contains(jiro.id());
  }

  @Test
  void aChangeToldToEveryInstanceIsMailedOnce() throws Exception {
    load("050-1111-0001", "");
    User taro = user("taro@example.com");
    assertThat(toldOfAChangeBy(taro)).containsExactly(taro.id()); // version 1, by this instance
    var view = forwarding.show(new Actor(taro.id(), ChannelIdentity.of(Channel.SLACK, "U1")),
        "050-1111-0001").orElseThrow();
    List<Mail> other = new ArrayList<>();
    LineNotices otherInstance = new LineNotices(users, other::add, new RedisDeliveries(redis));
    otherInstance.changed(view, 1, Actor.system(Channel.SLACK), "太郎", java.time.Instant.now());
    assertThat(other).as("the change's notice, claimed by the first instance").isEmpty();
    otherInstance.changed(view, 2, Actor.system(Channel.SLACK), "太郎", java.time.Instant.now());
    assertThat(other).as("the next change's notice").hasSize(1);
  }
}
