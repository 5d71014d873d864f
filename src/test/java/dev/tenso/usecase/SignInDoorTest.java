package dev.tenso.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.audit.AuditLog;
import dev.tenso.core.auth.ActionResult;
import dev.tenso.core.auth.FirstFactorClaim;
import dev.tenso.core.auth.PendingAction;
import dev.tenso.core.auth.SignInAnswer;
import dev.tenso.core.auth.SignInInput;
import dev.tenso.core.auth.SignInStep;
import dev.tenso.core.common.Actor;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserAdminUseCases;
import dev.tenso.core.directory.UserForm;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.forwarding.ForwardingChange;
import dev.tenso.core.forwarding.ForwardingMode;
import dev.tenso.core.forwarding.ForwardingStore;
import dev.tenso.core.forwarding.ForwardingView;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.testsupport.SecretsSeen;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sign-in door through the wired application, as the channels will drive it: a change that
 * waits for the code (kept in the Redis session) and runs through the forwarding use case; a
 * PENDING user registering by phone with the mailed keypad code, their phone number and a mailed
 * code (issue 10's flow); callers identified by their number.
 */
class SignInDoorTest extends AppFixture {
  static final String TARO_NUMBER = "050-1111-0001";

  @Autowired UserAdminUseCases admin;
  @Autowired ForwardingStore store;
  @Autowired AuditLog audit;

  @Test
  void aChangeAskedForWithoutASessionWaitsAndRunsOnceTheCodeIsAccepted() {
    Actor taro = actor("taro@example.com");
    ChannelIdentity who = taro.identity();
    ForwardingChange change = ForwardingChange.none().withMode(ForwardingMode.UNCONDITIONAL)
        .withSlot(2, "03-5555-0001").withSlot(3, "").withActive("2");
    var action = new PendingAction.ChangeForwarding(TARO_NUMBER, change);
    var before = store.get(IpNumber.of(TARO_NUMBER));

    signIn.identify(who, new FirstFactorClaim.Linked(taro.user()));
    assertThat(signIn.run(who, action).step()).isEqualTo(new SignInStep.TotpCode());
    assertThat(store.get(IpNumber.of(TARO_NUMBER))).isEqualTo(before);

    SignInAnswer done = signIn.submit(who, new SignInInput.Code(code("taro@example.com")));
    var result = (ActionResult.Forwarding)
        ((SignInStep.SignedIn) done.step()).result().orElseThrow();
    assertThat(result.action()).isEqualTo(action);
    ForwardingView view = result.outcome().orElseThrow();
    assertThat(view.changed()).isTrue();
    assertThat(view.after().activeDestination()).contains("03-5555-0001");
    assertThat(store.get(IpNumber.of(TARO_NUMBER)).value()).isEqualTo(view.after());
    assertThat(audit.forNumber("05011110001", 1)).singleElement().satisfies(e -> {
      assertThat(e.actor()).isEqualTo(taro.user().value());
      assertThat(e.channel()).isEqualTo("slack");
    });

    var offAgain = new PendingAction.TurnOffForwarding(TARO_NUMBER);
    var off = (ActionResult.Forwarding)
        ((SignInStep.SignedIn) signIn.run(who, offAgain).step()).result().orElseThrow();
    assertThat(off.outcome().orElseThrow().after().enabled()).as("fresh: ran at once").isFalse();
  }

  @Test
  void aPendingUserRegistersByPhoneWithTheKeypadCodeTheirPhoneAndAMailedCode() throws Exception {
    Actor adminActor = signedIn("admin@example.com");
    UserForm form = new UserForm("電話 四郎", "shiro@example.com", "03-5555-0004", "", "ja",
        "MAIL_OTP", "", "", "Asia/Tokyo", List.of(), List.of(), "", true);
    User shiro = admin.addUser(adminActor, form).orElseThrow().user();
    String keypad = SecretsSeen.remember(find(mail(1), "^\\s+(\\d{8})\\s*$"));

    ChannelIdentity call = ChannelIdentity.of(Channel.PHONE, "CA-shiro");
    SignInAnswer known = signIn.identify(call, new FirstFactorClaim.KeyedPhone("0355550004"));
    assertThat(known.step()).isEqualTo(new SignInStep.Identified());
    assertThat(known.addressee().orElseThrow().language()).isEqualTo(Language.JA);
    assertThat(signIn.next(call).step()).isEqualTo(new SignInStep.RegistrationCode());
    assertThat(signIn.submit(call, new SignInInput.RegistrationCode(keypad)).step())
        .isEqualTo(new SignInStep.IdentityCheck(List.of("phone")));
    assertThat(signIn.submit(call, new SignInInput.Identity(null, null, "0355550004")).step())
        .isInstanceOf(SignInStep.MailCodeSent.class);
    String code = SecretsSeen.remember(find(mail(2), "(?<![0-9])(\\d{6})(?![0-9])"));
    var terms = (SignInStep.TermsToAgree)
        signIn.submit(call, new SignInInput.Code(code)).step();
    assertThat(terms.version()).isEqualTo("2026-04");
    assertThat(signIn.submit(call, new SignInInput.AgreeTerms(terms.version())).step())
        .isInstanceOf(SignInStep.SignedIn.class);
    assertThat(user("shiro@example.com").status()).isEqualTo(UserStatus.ACTIVE);
    assertThat(shiro.status()).isEqualTo(UserStatus.PENDING);
  }

  @Test
  void aCallerIsIdentifiedByTheirNumberAndAnUnknownOneLikeNobody() {
    SignInAnswer taro = signIn.identify(ChannelIdentity.of(Channel.PHONE, "CA-taro"),
        new FirstFactorClaim.CallerNumber("+81312345678"));
    assertThat(taro.addressee().orElseThrow().user()).isEqualTo(user("taro@example.com").id());
    SignInAnswer nobody = signIn.identify(ChannelIdentity.of(Channel.PHONE, "CA-nobody"),
        new FirstFactorClaim.CallerNumber("+81399999999"));
    assertThat(nobody.addressee()).isEmpty();
    assertThat(((SignInStep.Refused) nobody.step()).why()).extracting(v -> v.code())
        .containsExactly(ErrorCode.IDENTITY_UNKNOWN);
  }

  /** The {@code n}th mail received, its text. */
  private static String mail(int n) throws Exception {
    assertThat(SMTP.waitForIncomingEmail(5_000, n)).isTrue();
    MimeMessage m = SMTP.getReceivedMessages()[n - 1];
    return (String) m.getContent();
  }

  private static String find(String text, String regex) {
    Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
    assertThat(m.find()).as("%s in the mail", regex).isTrue();
    return m.group(1);
  }
}
