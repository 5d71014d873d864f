package dev.tenso.mail;

import static dev.tenso.mail.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.tenso.core.common.Channel;
import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.User;
import dev.tenso.core.forwarding.ForwardingMode;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.forwarding.Target;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.notify.Mail;
import dev.tenso.messages.ClasspathCatalogs;
import dev.tenso.messages.MessageCatalog;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Each mail, sent over real SMTP to a GreenMail server, in the recipient's language and zone. */
class SmtpMailerTest {
  static final MessageCatalog CHAT = ClasspathCatalogs.load(ClasspathCatalogs.CHAT);
  /** The manual's example: a code sent at 16:51 JST is valid until 17:00:55 JST. */
  static final Instant EXPIRES = Instant.parse("2026-11-24T08:00:55Z");

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  @BeforeEach
  void emptyMailboxes() throws Exception {
    SMTP.purgeEmailFromAllMailboxes();
  }

  static JavaMailSenderImpl sender(int port) {
    JavaMailSenderImpl s = new JavaMailSenderImpl();
    s.setHost("127.0.0.1");
    s.setPort(port);
    return s;
  }

  private SmtpMailer mailer() {
    return new SmtpMailer(sender(SMTP.getSmtp().getPort()), CHAT, "tenso@localhost", "050-9999-0000");
  }

  private MimeMessage onlyReceived() {
    assertThat(SMTP.getReceivedMessages()).hasSize(1);
    return SMTP.getReceivedMessages()[0];
  }

  private static String body(MimeMessage m) throws Exception {
    assertThat(m.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
    return (String) m.getContent();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "JA|Asia/Tokyo|【tenso】ご利用開始案内メール|様|2026年11月24日 17:00:55 (JST)",
      "JA|America/New_York|【tenso】ご利用開始案内メール|様|2026年11月24日 03:00:55 (EST)",
      "EN|Asia/Tokyo|[tenso] Getting started with tenso|Dear|24 Nov 2026 17:00:55 JST",
      "EN|America/New_York|[tenso] Getting started with tenso|Dear|24 Nov 2026 03:00:55 EST"})
  void registrationMail(Language lang, String zone, String subject, String greeting, String expiry)
      throws Exception {
    User taro = user("u-reg", "Com 太郎", lang, zone);
    String token = "K7Q2M9X4P1W8R6T3Z5N0B2C4D6";

    assertThat(mailer().send(new Mail.Registration(taro, token, "48213905", EXPIRES))).isTrue();

    MimeMessage m = onlyReceived();
    assertThat(m.getSubject()).isEqualTo(subject);
    assertThat(m.getFrom()).containsExactly(new InternetAddress("tenso@localhost"));
    assertThat(m.getAllRecipients()).containsExactly(new InternetAddress("u-reg@example.com"));
    assertThat(body(m))
        .contains(greeting, "Com 太郎", "/forward register " + token, "48213905", "050-9999-0000")
        .contains(expiry);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "JA|Asia/Tokyo|【tenso】メールワンタイムパスワード|ワンタイムパスワード: 604213|有効期限: 2026年11月24日 17:00:55 (JST)",
      "JA|America/New_York|【tenso】メールワンタイムパスワード|ワンタイムパスワード: 604213|有効期限: 2026年11月24日 03:00:55 (EST)",
      "EN|Asia/Tokyo|[tenso] Your one-time code|One-time code: 604213|Valid until: 24 Nov 2026 17:00:55 JST",
      "EN|America/New_York|[tenso] Your one-time code|One-time code: 604213|Valid until: 24 Nov 2026 03:00:55 EST"})
  void mailCodeMail(Language lang, String zone, String subject, String codeLine, String expiryLine)
      throws Exception {
    User hanako = user("u-code", "Hanako", lang, zone);

    assertThat(mailer().send(new Mail.MailCode(hanako, "604213", EXPIRES))).isTrue();

    MimeMessage m = onlyReceived();
    assertThat(m.getSubject()).isEqualTo(subject);
    assertThat(m.getHeader("Content-Language")).containsExactly(lang.code());
    assertThat(body(m)).contains(codeLine, expiryLine);
  }

  @Test
  void forwardingChangedMailInJapaneseDescribesBeforeAndAfter() throws Exception {
    User taro = user("u-fwd-ja", "Com 太郎", Language.JA, "Asia/Tokyo");

    assertThat(mailer().send(change(taro, Channel.SLACK))).isTrue();

    MimeMessage m = onlyReceived();
    assertThat(m.getSubject()).isEqualTo("【tenso】モバイル回線通知メール（050-1111-0001 の転送設定の変更）");
    assertThat(body(m)).contains(
        "IP電話番号 050-1111-0001 の転送設定が変更されました。",
        "変更前: 転送しない",
        "変更後: 転送する（無応答転送、呼出時間 20秒、転送先: リスト2（03-1234-5678））",
        "変更者: 管理 花子",
        "変更方法: Slack",
        "変更日時: 2026年11月24日 17:00:55 (JST)");
  }

  @Test
  void forwardingChangedMailInEnglishDescribesBeforeAndAfter() throws Exception {
    User ann = user("u-fwd-en", "Ann", Language.EN, "America/New_York");

    assertThat(mailer().send(change(ann, Channel.PHONE))).isTrue();

    MimeMessage m = onlyReceived();
    assertThat(m.getSubject()).isEqualTo("[tenso] Forwarding of 050-1111-0001 has changed");
    assertThat(body(m)).contains(
        "Dear Ann,",
        "Before: Forwarding off",
        "After: Forwarding on (Forward on no answer, ring time 20 s, to List 2 (03-1234-5678))",
        "Changed by: 管理 花子",
        "Through: phone",
        "When: 24 Nov 2026 03:00:55 EST");
  }

  private static Mail.ForwardingChanged change(User to, Channel channel) {
    ForwardingSetting before = ForwardingSetting.initial().withSlot(1, "090-1234-5678");
    ForwardingSetting after = before.withEnabled(true).withMode(ForwardingMode.NO_ANSWER)
        .withRingTime(20).withSlot(2, "03-1234-5678").withActive(Target.slot(2));
    return new Mail.ForwardingChanged(
        to, IpNumber.of("050-1111-0001"), before, after, "管理 花子", channel, EXPIRES);
  }
}
