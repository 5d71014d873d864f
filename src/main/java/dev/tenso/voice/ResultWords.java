package dev.tenso.voice;

import dev.tenso.core.auth.ActionResult;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.forwarding.ForwardingView;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of an action run through the sign-in door, said as if it had run directly: a
 * forwarding change done (転送の設定が完了しました and the new setting), or its refusal.
 */
final class ResultWords {
  private final Spoken spoken;
  private final SettingWords words;

  ResultWords(Spoken spoken) {
    this.spoken = spoken;
    this.words = new SettingWords(spoken);
  }

  boolean succeeded(ActionResult r) {
    return outcome(r).isOk();
  }

  List<Speech> words(ActionResult r, CallState call) {
    Outcome<?> o = outcome(r);
    if (!o.isOk()) {
      return spoken.errors(o.violations(), call.language(), SignInSteps.zone(call));
    }
    List<Speech> out = new ArrayList<>();
    if (o.orElseThrow() instanceof ForwardingView v) {
      out.add(spoken.line("ivr.done", call.language()));
      out.add(words.setting(v.setting(), call.language()));
    }
    return out;
  }

  private static Outcome<?> outcome(ActionResult r) {
    if (r instanceof ActionResult.Forwarding f) {
      return f.outcome();
    }
    if (r instanceof ActionResult.UserChanged u) {
      return u.outcome();
    }
    if (r instanceof ActionResult.UserAdded a) {
      return a.outcome();
    }
    return ((ActionResult.RegistrationResent) r).outcome();
  }
}
