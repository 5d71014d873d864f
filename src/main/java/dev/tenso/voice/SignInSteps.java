package dev.tenso.voice;

import dev.tenso.core.auth.Challenge;
import dev.tenso.core.auth.ChannelIdentity;
import dev.tenso.core.auth.FirstFactor;
import dev.tenso.core.auth.SignIn;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserId;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * The IVR's sign-in actions: who is calling (the caller's number, or a registered phone number
 * keyed in: the core's {@link FirstFactor}), then the second factor through the core's
 * {@link SignIn}. Caller id alone never signs anyone in: a code always follows. The call is the
 * channel identity (PHONE, CallSid) its session belongs to.
 */
final class SignInSteps {
  static final String USER = "user";
  static final String ZONE = "zone";

  private final FirstFactor firstFactor;
  private final SignIn signIn;
  private final Spoken spoken;

  SignInSteps(FirstFactor firstFactor, SignIn signIn, Spoken spoken) {
    this.firstFactor = firstFactor;
    this.signIn = signIn;
    this.spoken = spoken;
  }

  void register(Map<String, IvrAction> actions) {
    actions.put("identifyCaller", (call, keys) -> identified(call, firstFactor.byCaller(
        call.caller())) ? IvrAction.Result.of("known") : IvrAction.Result.of("unknown"));
    actions.put("identifyKeyedPhone", (call, keys) -> identified(call, firstFactor.byCaller(keys))
        ? IvrAction.Result.of("known")
        : IvrAction.Result.wrong(spoken.line("ivr.notIdentified", call.language())));
    actions.put("switchLanguage", (call, keys) -> {
      call.language(call.language() == Language.JA ? Language.EN : Language.JA);
      return IvrAction.Result.of("done");
    });
    actions.put("beginSignIn", this::begin);
    actions.put("submitCode", this::submit);
  }

  private static boolean identified(CallState call, Optional<User> user) {
    user.ifPresent(u -> {
      call.put(USER, u.id().value());
      call.put(ZONE, u.timezone().getId());
      call.language(u.language());
    });
    return user.isPresent();
  }

  private IvrAction.Result begin(CallState call, String keys) {
    Outcome<Challenge> asked = signIn.begin(who(call), user(call), "");
    if (!(asked instanceof Outcome.Ok<Challenge> ok)) {
      return refused(call, asked);
    }
    if (ok.value() instanceof Challenge.MailCodeSent) {
      return IvrAction.Result.of("mailCode");
    }
    return IvrAction.Result.of(ok.value() instanceof Challenge.TotpSetup ? "totpSetup" : "totp");
  }

  private IvrAction.Result submit(CallState call, String code) {
    Outcome<SignIn.SignedIn> done = signIn.submit(who(call), code);
    if (done.isOk()) {
      return IvrAction.Result.of("signedIn");
    }
    if (done instanceof Outcome.Rejected<?> r && r.has(ErrorCode.USER_LOCKED)) {
      return refused(call, done);
    }
    return new IvrAction.Result(IvrAction.Result.WRONG,
        spoken.errors(done.violations(), call.language(), zone(call)));
  }

  private IvrAction.Result refused(CallState call, Outcome<?> refusal) {
    return new IvrAction.Result("refused",
        spoken.errors(refusal.violations(), call.language(), zone(call)));
  }

  static ChannelIdentity who(CallState call) {
    return ChannelIdentity.of(Channel.PHONE, call.sid());
  }

  static UserId user(CallState call) {
    return new UserId(call.get(USER).orElseThrow());
  }

  static ZoneId zone(CallState call) {
    return ZoneId.of(call.get(ZONE).orElse("Asia/Tokyo"));
  }
}
