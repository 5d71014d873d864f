package dev.tenso.voice;

import dev.tenso.core.auth.ActionResult;
import dev.tenso.core.auth.FirstFactorClaim;
import dev.tenso.core.auth.SignInAnswer;
import dev.tenso.core.auth.SignInInput;
import dev.tenso.core.auth.SignInStep;
import dev.tenso.core.auth.SignInUseCases;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ChannelIdentity;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.UserId;
import dev.tenso.core.common.Violation;
import dev.tenso.core.directory.Language;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The IVR's sign-in, through the core's one door ({@link SignInUseCases}): who is calling (the
 * caller's number, or a registered phone number keyed in), then whatever step the door asks:
 * the registration code, the identity check by keyed phone, a code (TOTP or mailed), the terms
 * read out with 1 to agree. Caller id alone never signs anyone in. Each answer becomes the flow's
 * outcome: {@code signedIn}, {@code totp}, {@code mailCode}, {@code registrationCode},
 * {@code identityCheck}, {@code terms} or {@code refused}; an input the door found wrong is said
 * and asked again. The call ({@code CallSid}) is the channel identity of the session.
 */
final class SignInSteps {
  static final String USER = "user";
  static final String ZONE = "zone";
  private static final String TERMS_VERSION = "termsVersion";
  private static final String TERMS_TEXT = "termsText";

  private final SignInUseCases signIn;
  private final Spoken spoken;
  private final ResultWords results;

  SignInSteps(SignInUseCases signIn, Spoken spoken, ResultWords results) {
    this.signIn = signIn;
    this.spoken = spoken;
    this.results = results;
  }

  void register(Map<String, IvrAction> actions, Map<String, IvrListing> listings) {
    actions.put("identifyCaller", (call, keys) -> identified(call,
        signIn.identify(who(call), new FirstFactorClaim.CallerNumber(call.caller())))
        ? IvrAction.Result.of("known") : IvrAction.Result.of("unknown"));
    actions.put("identifyKeyedPhone", (call, keys) -> {
      SignInAnswer answer = signIn.identify(who(call), new FirstFactorClaim.KeyedPhone(keys));
      return identified(call, answer) ? IvrAction.Result.of("known")
          : new IvrAction.Result(IvrAction.Result.WRONG, refusal(call, answer.step()));
    });
    actions.put("switchLanguage", IvrAction.plain((call, keys) -> {
      call.language(call.language() == Language.JA ? Language.EN : Language.JA);
      return IvrAction.Result.of("done");
    }));
    actions.put("beginSignIn", (call, keys) -> outcome(call, signIn.next(who(call))));
    actions.put("submitCode", (call, keys) -> submitted(call,
        new SignInInput.Code(keys)));
    actions.put("submitRegistrationCode", (call, keys) -> submitted(call,
        new SignInInput.RegistrationCode(keys)));
    actions.put("submitIdentity", (call, keys) -> submitted(call,
        new SignInInput.Identity(null, null, keys)));
    actions.put("agreeTerms", (call, keys) -> keys.equals("1") ? submitted(call,
        new SignInInput.AgreeTerms(call.get(TERMS_VERSION).orElse(""))) : IvrAction.Result.wrong());
    listings.put("terms", call -> List.of(new Speech(call.get(TERMS_TEXT).orElse(""),
        call.language())));
  }

  /** True when the door knows the caller (whatever it asks next); their words are kept. */
  private static boolean identified(CallState call, SignInAnswer answer) {
    answer.addressee().ifPresent(a -> {
      call.put(USER, a.user().value());
      call.put(ZONE, a.zone().getId());
      call.language(a.language());
    });
    return answer.addressee().isPresent();
  }

  private IvrAction.Result submitted(CallState call, SignInInput input) {
    SignInAnswer answer = signIn.submit(who(call), input);
    if (!answer.problems().isEmpty() && !(answer.step() instanceof SignInStep.Locked)) {
      return new IvrAction.Result(IvrAction.Result.WRONG, errors(call, answer.problems()));
    }
    return outcome(call, answer);
  }

  /** The flow's outcome of the door's step, and what to say first. */
  IvrAction.Result outcome(CallState call, SignInAnswer answer) {
    identified(call, answer);
    SignInStep step = answer.step();
    if (step instanceof SignInStep.SignedIn s) {
      List<Speech> said = new ArrayList<>(List.of(spoken.line("ivr.signedIn",
          call.language())));
      s.result().ifPresent(r -> said.addAll(results.words(r, call)));
      return new IvrAction.Result("signedIn", said);
    }
    if (step instanceof SignInStep.Identified) {
      return outcome(call, signIn.next(who(call)));
    }
    if (step instanceof SignInStep.TermsToAgree t) {
      call.put(TERMS_VERSION, t.version());
      call.put(TERMS_TEXT, t.text());
      return IvrAction.Result.of("terms");
    }
    if (step instanceof SignInStep.Locked l) {
      return new IvrAction.Result("refused", errors(call, List.of(Violation.of("user",
          ErrorCode.USER_LOCKED, "until", l.until()))));
    }
    if (step instanceof SignInStep.Refused) {
      return new IvrAction.Result("refused", refusal(call, step));
    }
    // TotpSetup is never asked of a keypad: the door refuses it (TOTP_SETUP_NOT_ON_PHONE)
    return IvrAction.Result.of(step instanceof SignInStep.TotpCode ? "totp"
        : step instanceof SignInStep.MailCodeSent ? "mailCode"
        : step instanceof SignInStep.RegistrationCode ? "registrationCode"
        : step instanceof SignInStep.IdentityCheck ? "identityCheck" : "refused");
  }

  /** Why the door refused, from the core's error codes (ivr-scripts/errors.yaml). */
  private List<Speech> refusal(CallState call, SignInStep step) {
    return step instanceof SignInStep.Refused r ? errors(call, r.why()) : List.of();
  }

  private List<Speech> errors(CallState call, List<Violation> violations) {
    return spoken.errors(violations, call.language(), zone(call));
  }

  /** Runs a change through the door: at once while the session is fresh, else after a code. */
  IvrAction.Result run(CallState call, dev.tenso.core.auth.PendingAction action) {
    SignInAnswer answer = signIn.run(who(call), action);
    if (answer.step() instanceof SignInStep.SignedIn s && s.result().isPresent()) {
      ActionResult r = s.result().get();
      return new IvrAction.Result(results.succeeded(r) ? "done" : "refused",
          results.words(r, call));
    }
    return outcome(call, answer);
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
