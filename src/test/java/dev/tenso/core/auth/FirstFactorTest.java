package dev.tenso.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.redis.RedisUsers;
import dev.tenso.testsupport.AuditFeeds;
import dev.tenso.testsupport.TestRedis;
import dev.tenso.testsupport.UserBuilder;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The channels' first factor on the real Redis directory: Slack email, caller number. */
class FirstFactorTest {
  private final RedisUsers users = new RedisUsers(TestRedis.shared().template(), AuditFeeds.of(TestRedis.shared().template()));
  private final FirstFactor first = new FirstFactor(users);

  /** A fresh 11-digit mobile number no other test uses: 070 + 8 random digits. */
  private static String freshNumber() {
    long n = ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
    return "070-" + String.valueOf(n).substring(0, 4) + "-" + String.valueOf(n).substring(4);
  }

  private User user(String phone, String mobile, UserStatus status) {
    User u = UserBuilder.aUser().id(users.nextId()).phone(phone).mobile(mobile).status(status)
        .build();
    assertThat(users.create(u, null)).isTrue();
    return u;
  }

  @Test
  void aCallerIsTheOneUserWhosePhoneOrMobileIsTheirNumber() {
    String phone = freshNumber();
    String mobile = freshNumber();
    User u = user(phone, mobile, UserStatus.ACTIVE);
    String e164 = "+81" + mobile.replace("-", "").substring(1);

    assertThat(first.byNumber(e164)).map(User::id).contains(u.id());
    assertThat(first.byNumber(phone)).map(User::id).contains(u.id());
    assertThat(first.byNumber(phone.replace("-", ""))).map(User::id).contains(u.id());
    assertThat(first.byNumber(freshNumber())).isEmpty();
  }

  @Test
  void aNumberSharedBySeveralUsersIdentifiesNobody() {
    String shared = freshNumber();
    user(shared, "", UserStatus.ACTIVE);
    user("03-0000-0000", shared, UserStatus.PENDING);

    assertThat(first.byNumber(shared)).isEmpty();
  }

  @Test
  void aDisabledUserIsNeverIdentifiedNorBlocksTheOneWhoShareTheirNumber() {
    String shared = freshNumber();
    User disabled = user(shared, "", UserStatus.DISABLED);
    User active = user(shared, "", UserStatus.ACTIVE);

    assertThat(first.byNumber(shared)).map(User::id).contains(active.id());
    assertThat(first.bySlackEmail(disabled.email().value())).isEmpty();
  }

  @Test
  void aSlackUserIsMatchedByEmailWhateverItsCase() {
    User u = user(freshNumber(), "", UserStatus.ACTIVE);

    assertThat(first.bySlackEmail(u.email().value().toUpperCase())).map(User::id)
        .contains(u.id());
    assertThat(first.bySlackEmail("nobody-" + u.email().value())).isEmpty();
    assertThat(first.bySlackEmail("not an email")).isEmpty();
  }

  @Test
  void eachClaimOfTheChannelsFindsTheSameUser() {
    String phone = freshNumber();
    User u = user(phone, "", UserStatus.PENDING);
    User disabled = user(freshNumber(), "", UserStatus.DISABLED);
    assertThat(first.find(new FirstFactorClaim.SlackEmail(u.email().value()))).contains(u);
    assertThat(first.find(new FirstFactorClaim.CallerNumber(phone))).contains(u);
    assertThat(first.find(new FirstFactorClaim.KeyedPhone(phone.replace("-", "")))).contains(u);
    assertThat(first.find(new FirstFactorClaim.Linked(u.id()))).contains(u);
    assertThat(first.find(new FirstFactorClaim.Linked(disabled.id()))).isEmpty();
    assertThat(first.find(new FirstFactorClaim.Linked(users.nextId()))).isEmpty();
  }

  @Test
  void aSlackUserMatchedByEmailIsRememberedOnTheirRecordAndTheIdMovesToTheNextMatch() {
    User a = user(freshNumber(), "", UserStatus.ACTIVE);
    User b = user(freshNumber(), "", UserStatus.PENDING);
    String slackId = "U" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
    var claimA = new FirstFactorClaim.SlackEmail(a.email().value());
    ChannelIdentity slack = ChannelIdentity.of(Channel.SLACK, slackId);

    first.remember(ChannelIdentity.of(Channel.PHONE, "CA1"), claimA, a);
    first.remember(slack, new FirstFactorClaim.Linked(a.id()), a);
    assertThat(users.bySlackId(slackId)).as("only a Slack email match links").isEmpty();

    first.remember(slack, claimA, a);
    assertThat(users.bySlackId(slackId)).map(User::id).contains(a.id());

    first.remember(slack, new FirstFactorClaim.SlackEmail(b.email().value()), b);
    assertThat(users.bySlackId(slackId)).map(User::id).contains(b.id());
    assertThat(users.byId(a.id()).orElseThrow().slackId()).isEmpty();
    assertThat(users.byId(b.id()).orElseThrow().status()).isEqualTo(UserStatus.PENDING);
  }

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(nullValues = "NONE", value = {
    "+819012345678, 09012345678",
    "+81 90-1234-5678, 09012345678",
    "+81312345678, 0312345678",
    "090-1234-5678, 09012345678",
    "anonymous, NONE",
    "+12025550123, NONE",
    "+81, NONE",
    "１２３, NONE",
    "0901234567890, NONE",
    "NONE, NONE",
  })
  void callerNumbersAreReadAsDomesticDigits(String caller, String expected) {
    assertThat(FirstFactor.domestic(caller)).isEqualTo(Optional.ofNullable(expected));
  }
}
