package dev.tenso.core.auth;

import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.Users;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A demo aid, for the console only: what an authenticator app would show now for a demo user,
 * so a newcomer can try TOTP without a phone. A demo user is one whose login email is at a
 * domain reserved for examples (RFC 2606 and RFC 6761: {@code example.com}, {@code .test}, ...),
 * which no real person can own; anyone else gets no code, whatever their second factor. The
 * secret itself never leaves this class; the code is computed as {@link TotpService} checks it.
 */
public final class DemoAuthenticator {
  private static final List<String> EXAMPLE_DOMAINS =
      List.of("example.com", "example.net", "example.org");
  private static final List<String> EXAMPLE_TLDS =
      List.of(".example", ".test", ".invalid", ".localhost");

  private final Users users;
  private final TotpSecrets secrets;
  private final Clock clock;
  private final TotpCodes codes = new TotpCodes();

  public DemoAuthenticator(Users users, TotpSecrets secrets, Clock clock) {
    this.users = users;
    this.secrets = secrets;
    this.clock = clock;
  }

  /** Why there is a code or not. */
  public enum Status {
    /** The code of the key the user signs in with. */
    ENROLLED,
    /** The code of the key being set up (the registration asks for one to confirm it). */
    ENROLLING,
    /** The address is not reserved for examples: never a code. */
    NOT_A_DEMO_USER,
    /** No such user, or no TOTP key stored for them. */
    NO_KEY
  }

  /**
   * The code now (empty unless ENROLLED or ENROLLING) and the seconds it stays current.
   */
  public record Aid(Status status, Optional<String> code, int secondsLeft) {
    @Override
    public String toString() {
      return "Aid[" + status + "]";
    }
  }

  /** The code for {@code email} now; an enrolment under way wins over the stored key. */
  public Aid now(Email email) {
    if (!reservedForExamples(email)) {
      return new Aid(Status.NOT_A_DEMO_USER, Optional.empty(), 0);
    }
    Optional<User> user = users.byEmail(email);
    if (user.isEmpty()) {
      return new Aid(Status.NO_KEY, Optional.empty(), 0);
    }
    Optional<String> pending = secrets.findPending(user.get().id());
    Optional<String> secret = pending.or(() -> secrets.find(user.get().id()));
    if (secret.isEmpty()) {
      return new Aid(Status.NO_KEY, Optional.empty(), 0);
    }
    Instant now = clock.instant();
    int left = TotpCodes.PERIOD_SECONDS
        - (int) Math.floorMod(now.getEpochSecond(), (long) TotpCodes.PERIOD_SECONDS);
    return new Aid(pending.isPresent() ? Status.ENROLLING : Status.ENROLLED,
        Optional.of(codes.code(secret.get(), TotpCodes.stepOf(now))), left);
  }

  /** True for an address at a domain reserved for examples, which nobody can own. */
  public static boolean reservedForExamples(Email email) {
    String domain = email.key().substring(email.key().lastIndexOf('@') + 1)
        .toLowerCase(Locale.ROOT);
    return EXAMPLE_DOMAINS.stream().anyMatch(d -> domain.equals(d) || domain.endsWith("." + d))
        || EXAMPLE_TLDS.stream().anyMatch(domain::endsWith);
  }
}
