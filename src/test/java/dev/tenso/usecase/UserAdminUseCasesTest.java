package dev.tenso.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import dev.tenso.core.audit.AuditLog;
import dev.tenso.core.common.Actor;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Page;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.AddedUser;
import dev.tenso.core.directory.Role;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserAdminUseCases;
import dev.tenso.core.directory.UserForm;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.inventory.NumberDetails;
import dev.tenso.core.inventory.NumberSearchUseCase;
import dev.tenso.testsupport.Eventually;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The user administration door and number search through the wired application. */
class UserAdminUseCasesTest extends AppFixture {
  @Autowired UserAdminUseCases directory;
  @Autowired NumberSearchUseCase search;
  @Autowired AuditLog audit;

  static UserForm form(String email, String language) {
    return new UserForm("新人 三郎", email, "03-5555-0001", "", language, "MAIL_OTP", "", "",
        "Asia/Tokyo", List.of("関西チーム"), List.of(), "", true);
  }

  @Test
  void anAdminAddsAUserWhoIsPendingAndReceivesTheRegistrationMailInTheirLanguage()
      throws Exception {
    Actor admin = signedIn("admin@example.com");

    AddedUser result = directory.addUser(admin, form("saburo@example.com", "en")).orElseThrow();
    User added = result.user();
    assertThat(result.registrationExpiresAt()).isPresent();

    assertThat(added.status()).isEqualTo(UserStatus.PENDING);
    assertThat(added.role()).isEqualTo(Role.GENERAL);
    assertThat(user("SABURO@example.com").id()).isEqualTo(added.id());
    assertThat(audit.forUser(added.id().value(), 5)).extracting(e -> e.action())
        .contains("user.add");
    // Only the mail to the new user: a change notice of an earlier test may still arrive late.
    Eventually.until("the registration mail", Duration.ofSeconds(5), () -> toSaburo().isPresent());
    MimeMessage mail = toSaburo().orElseThrow();
    assertThat(mail.getSubject()).doesNotContainPattern("\\p{IsHan}"); // English, not Japanese
  }

  @Test
  void theSameEmailInAnotherCaseIsTakenAndEveryWrongFieldIsReported() {
    Actor admin = signedIn("admin@example.com");

    assertThat(codes(directory.addUser(admin, form("TARO@example.com", "ja"))))
        .containsExactly(ErrorCode.EMAIL_TAKEN);
    UserForm bad = new UserForm(" ", "not-an-email", "03-XXXX", "", "fr", "SMS", "ROOT", "",
        "Mars/Olympus", List.of("no such group"), List.of(), "", false);
    assertThat(codes(directory.addUser(admin, bad))).containsExactlyInAnyOrder(
        ErrorCode.NAME_REQUIRED, ErrorCode.EMAIL_INVALID, ErrorCode.PHONE_INVALID,
        ErrorCode.LANGUAGE_INVALID, ErrorCode.SECOND_FACTOR_INVALID, ErrorCode.ROLE_INVALID,
        ErrorCode.TIMEZONE_INVALID, ErrorCode.USER_GROUP_UNKNOWN);
  }

  @Test
  void onlyASignedInAdminManagesUsers() {
    Actor taro = signedIn("taro@example.com");
    Actor adminWithoutSession = actor("admin@example.com");

    assertThat(codes(directory.addUser(taro, form("x@example.com", "ja"))))
        .containsExactly(ErrorCode.ADMIN_ONLY);
    assertThat(codes(directory.listUsers(taro, "", 1))).containsExactly(ErrorCode.ADMIN_ONLY);
    assertThat(codes(directory.addUser(adminWithoutSession, form("x@example.com", "ja"))))
        .containsExactly(ErrorCode.SESSION_REQUIRED);
    assertThat(codes(directory.resetSecondFactor(taro, user("emily@example.com").id().value())))
        .containsExactly(ErrorCode.ADMIN_ONLY);
    assertThat(codes(directory.resendRegistration(taro, user("emily@example.com").id().value())))
        .containsExactly(ErrorCode.ADMIN_ONLY);
    assertThat(codes(directory.showUser(taro, "emily@example.com")))
        .containsExactly(ErrorCode.ADMIN_ONLY);
  }

  @Test
  void disableReEnableAndChangeARoleAreAuditedAndGuardTheAdminThemself() {
    Actor admin = signedIn("admin@example.com");
    User emily = user("emily@example.com");

    assertThat(directory.disableUser(admin, emily.id().value()).orElseThrow().status())
        .isEqualTo(UserStatus.DISABLED);
    assertThat(codes(directory.disableUser(admin, emily.id().value())))
        .containsExactly(ErrorCode.USER_ALREADY_DISABLED);
    assertThat(directory.enableUser(admin, emily.id().value()).orElseThrow().status())
        .isEqualTo(UserStatus.ACTIVE);
    assertThat(directory.changeRole(admin, emily.id().value(), "PORTAL_ADMIN").orElseThrow().role())
        .isEqualTo(Role.PORTAL_ADMIN);
    assertThat(codes(directory.changeRole(admin, admin.user().value(), "GENERAL")))
        .containsExactly(ErrorCode.CANNOT_CHANGE_OWN_ACCOUNT);
    assertThat(audit.forUser(emily.id().value(), 10)).extracting(e -> e.action())
        .contains("user.disable", "user.enable", "user.role");
  }

  @Test
  void theUserListFiltersByKeywordPagesByTenAndCountsTheTotal() {
    Actor admin = signedIn("admin@example.com");
    for (int i = 0; i < 12; i++) {
      assertThat(directory.addUser(admin, form("bulk" + i + "@example.com", "ja")).isOk()).isTrue();
    }

    Page<User> first = directory.listUsers(admin, "", 1).orElseThrow();
    assertThat(first.total()).isEqualTo(15);
    assertThat(first.items()).hasSize(10);
    assertThat(directory.listUsers(admin, "", 2).orElseThrow().items()).hasSize(5);
    assertThat(directory.listUsers(admin, "ｃｏｍ　太郎", 1).orElseThrow().items())
        .extracting(User::name).containsExactly("Com 太郎");
    assertThat(directory.listUsers(admin, "0312345678", 1).orElseThrow().total()).isEqualTo(1);
  }

  @Test
  void searchStaysInsideTheScopeAndMatchesAnyPartOfTheDigits() {
    Actor emily = actor("emily@example.com"); // reading needs no session
    Actor admin = actor("admin@example.com");

    Page<NumberDetails> hers = search.search(emily, "Y00000002", "", "", "", 1).orElseThrow();
    assertThat(hers.items()).extracting(n -> n.ip().display())
        .containsExactly("050-2222-0001", "050-2222-0002", "050-3333-0001");
    assertThat(codes(search.search(emily, "Y00000001", "", "", "", 1)))
        .containsExactly(ErrorCode.VOICE_GROUP_NOT_IN_SCOPE);
    assertThat(search.search(admin, "Y00000002", "", "", "22-00", 1).orElseThrow().items())
        .extracting(n -> n.ip().display()).containsExactly("050-2222-0001", "050-2222-0002");
    assertThat(search.search(admin, "Y00000002", "S003", "", "", 1).orElseThrow().total())
        .isEqualTo(1);
    assertThat(search.search(admin, "Y00000002", "", "N00000002", "", 1).orElseThrow().total())
        .isEqualTo(2);
  }

  @Test
  void usersAreNamedAsTextAndAnythingUnreadableIsAViolation() {
    Actor admin = signedIn("admin@example.com");
    User emily = user("emily@example.com");

    assertThat(directory.showUser(admin, "EMILY@example.com").orElseThrow().id())
        .isEqualTo(emily.id());
    assertThat(directory.showUser(admin, emily.id().value()).orElseThrow()).isEqualTo(emily);
    for (String nobody : new String[] {"", "no such id", "nobody@example.com", "@", null}) {
      assertThat(codes(directory.showUser(admin, nobody))).containsExactly(ErrorCode.USER_NOT_FOUND);
      assertThat(codes(directory.disableUser(admin, nobody)))
          .containsExactly(ErrorCode.USER_NOT_FOUND);
      assertThat(codes(directory.resetSecondFactor(admin, nobody)))
          .containsExactly(ErrorCode.USER_NOT_FOUND);
    }
    assertThat(codes(directory.changeRole(admin, emily.id().value(), "ROOT")))
        .containsExactly(ErrorCode.ROLE_INVALID);
    assertThat(directory.changeRole(admin, emily.id().value(), " portal_admin ").orElseThrow()
        .role()).isEqualTo(Role.PORTAL_ADMIN);
  }

  @Test
  void resendingAPendingUsersRegistrationMailsThemANewCode() throws Exception {
    Actor admin = signedIn("admin@example.com");
    User added = directory.addUser(admin, form("shiro@example.com", "ja")).orElseThrow().user();
    assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();

    var sent = directory.resendRegistration(admin, added.id().value()).orElseThrow();
    assertThat(sent.user().id()).isEqualTo(added.id());
    assertThat(SMTP.waitForIncomingEmail(5_000, 2)).isTrue();
    assertThat(codes(directory.resendRegistration(admin, user("emily@example.com").id().value())))
        .as("an ACTIVE user has no registration").containsExactly(
            ErrorCode.REGISTRATION_STEP_OUT_OF_ORDER);
    assertThat(audit.forUser(added.id().value(), 5)).extracting(e -> e.action())
        .contains("user.registration.resend");
  }

  private static List<ErrorCode> codes(Outcome<?> outcome) {
    return outcome.violations().stream().map(Violation::code).toList();
  }

  private static Optional<MimeMessage> toSaburo() {
    return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
      try {
        return GreenMailUtil.getAddressList(m.getAllRecipients()).equals("saburo@example.com");
      } catch (jakarta.mail.MessagingException e) {
        return false;
      }
    }).findFirst();
  }
}
