package dev.tenso.core.auth;

import dev.tenso.core.auth.MailCodes.StoredMailCode;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.User;
import dev.tenso.core.notify.Mail;
import dev.tenso.core.notify.Mailer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Mail codes (メールワンタイムパスワード): 6 random digits, stored hashed, bound to a challenge id,
 * valid 10 minutes, single use; asking again replaces the code; sends are limited per user.
 * Reachable only through the sign-in door.
 */
final class MailOtp {
  static final String FIELD = "code";

  private final MailCodes store;
  private final CodeHasher hasher;
  private final Mailer mailer;
  private final RandomCodes random;
  private final AuthSettings settings;
  private final Clock clock;

  MailOtp(MailCodes store, CodeHasher hasher, Mailer mailer, RandomCodes random,
      AuthSettings settings, Clock clock) {
    this.store = store;
    this.hasher = hasher;
    this.mailer = mailer;
    this.random = random;
    this.settings = settings;
    this.clock = clock;
  }

  /** A code that was mailed: the challenge it is bound to, and its expiry. */
  record Sent(String challengeId, Instant expiresAt) {
    @Override
    public String toString() {
      return "Sent[expiresAt=" + expiresAt + "]";
    }
  }

  boolean enabled() {
    return settings.mailOtpEnabled();
  }

  /** The expiry of the user's live code of this challenge, if it is still the live one. */
  Optional<Instant> live(UserId user, String challengeId) {
    if (challengeId == null || challengeId.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return store.find(user).filter(c -> equal(c.challengeId(), challengeId))
        .map(StoredMailCode::expiresAt).filter(now::isBefore);
  }

  /** Mails a fresh code to the user's login email. */
  Outcome<Sent> send(User user) {
    if (!settings.mailOtpEnabled()) {
      return Outcome.rejected(FIELD, ErrorCode.SECOND_FACTOR_NOT_ALLOWED);
    }
    Instant now = clock.instant();
    if (!store.recordSend(user.id(), now, settings.mailCodeSendWindow(),
        settings.mailCodeSendLimit())) {
      return Outcome.rejected(FIELD, ErrorCode.TOO_MANY_CODES_SENT);
    }
    String challengeId = random.token(24);
    String code = random.digits(6);
    Instant expiresAt = now.plus(settings.mailCodeValidity());
    store.put(user.id(), new StoredMailCode(challengeId, hash(user.id(), challengeId, code),
        expiresAt), settings.mailCodeValidity().plusMinutes(1));
    if (!mailer.send(new Mail.MailCode(user, code, expiresAt))) {
      return Outcome.rejected("mail", ErrorCode.TEMPORARILY_UNAVAILABLE);
    }
    return Outcome.ok(new Sent(challengeId, expiresAt));
  }

  /** True once: the code is the live one of this challenge and has not expired. */
  boolean verify(UserId user, String challengeId, String code) {
    var stored = store.find(user);
    if (stored.isEmpty() || challengeId == null || code == null) {
      return false;
    }
    StoredMailCode c = stored.get();
    boolean sameChallenge = equal(c.challengeId(), challengeId);
    boolean sameCode = equal(c.codeHash(), hash(user, challengeId, code));
    boolean live = clock.instant().isBefore(c.expiresAt());
    return sameChallenge & sameCode & live && store.take(user, c);
  }

  private String hash(UserId user, String challengeId, String code) {
    return hasher.hash("mail-code:" + user.value() + ":" + challengeId + ":" + code);
  }

  private static boolean equal(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8),
        b.getBytes(StandardCharsets.UTF_8));
  }
}
