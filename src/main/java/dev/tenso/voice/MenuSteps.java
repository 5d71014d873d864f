package dev.tenso.voice;

import dev.tenso.core.auth.PendingAction;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.forwarding.ForwardingMode;
import dev.tenso.core.forwarding.ForwardingUseCases;
import dev.tenso.core.forwarding.ForwardingView;
import dev.tenso.core.forwarding.PlanModes;
import dev.tenso.core.history.HistoryEntry;
import dev.tenso.core.history.HistoryUseCases;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The main menu's actions: hear the setting, ask for a change (a menu path or a forwarding code),
 * read it back, apply it through the sign-in door after 1, or redo it after 2. Every rule is the core's:
 * a refusal is spoken from its error codes.
 */
final class MenuSteps {
  static final String PENDING = "pending";
  private static final ForwardingMode[] MODES = {ForwardingMode.UNCONDITIONAL,
      ForwardingMode.BUSY, ForwardingMode.NO_ANSWER, ForwardingMode.UNREACHABLE};

  private final ForwardingUseCases forwarding;
  private final HistoryUseCases history;
  private final SignInSteps signIn;
  private final Spoken spoken;
  private final SettingWords words;

  MenuSteps(ForwardingUseCases forwarding, HistoryUseCases history, SignInSteps signIn,
      Spoken spoken) {
    this.forwarding = forwarding;
    this.history = history;
    this.signIn = signIn;
    this.spoken = spoken;
    this.words = new SettingWords(spoken);
  }

  void register(Map<String, IvrAction> actions, Map<String, IvrListing> listings) {
    actions.put("forwardingCode", IvrAction.plain(this::code));
    actions.put("chooseTarget", IvrAction.plain(this::target));
    actions.put("turnOff", IvrAction.plain((call, keys) -> pending(call,
        PhoneChange.of(PhoneChange.Kind.OFF))));
    actions.put("chooseMode", IvrAction.plain(this::mode));
    actions.put("ringTime", IvrAction.plain(this::ringTime));
    actions.put("applyChange", (call, keys) -> apply(call));
    actions.put("redo", IvrAction.plain((call, keys) -> redo(call)));
    listings.put("setting", call -> view(call).map(v -> List.of(words.setting(v.setting(),
        call.language()))).orElse(List.of()));
    listings.put("menuMode", call -> view(call).filter(v -> PlanModes.allowed(
        v.details().contract().plan()).size() > 1)
        .map(v -> List.of(spoken.line("ivr.menuMode", call.language()))).orElse(List.of()));
    listings.put("savedDestinations", this::saved);
    listings.put("voicemailChoice", call -> view(call)
        .filter(v -> v.details().contract().messageBox())
        .map(v -> List.of(spoken.line("ivr.voicemailItem", call.language()))).orElse(List.of()));
    listings.put("readBack", call -> List.of(words.readBack(pending(call).orElseThrow(),
        view(call).map(ForwardingView::setting).orElseThrow(), call.language())));
    listings.put("lastChange", this::lastChange);
  }

  private IvrAction.Result code(CallState call, String keys) {
    Optional<ForwardingCodes.Code> code = ForwardingCodes.parse(keys);
    if (code.isEmpty()) {
      return IvrAction.Result.wrong();
    }
    return code.get() instanceof ForwardingCodes.Change c ? pending(call, c.change())
        : IvrAction.Result.of("status");
  }

  /** One key: a saved list (1-5; the core refuses others) or 0 for voicemail; more: a number. */
  private IvrAction.Result target(CallState call, String keys) {
    if (keys.length() > 1) {
      return pending(call, PhoneChange.onNumber(keys, null, null));
    }
    if (keys.equals("0")) {
      return pending(call, PhoneChange.of(PhoneChange.Kind.ON_VOICEMAIL));
    }
    return pending(call, new PhoneChange(PhoneChange.Kind.ON_SLOT, "", keys.charAt(0) - '0',
        null, null));
  }

  private IvrAction.Result mode(CallState call, String keys) {
    int i = keys.charAt(0) - '1';
    if (keys.length() != 1 || i < 0 || i >= MODES.length) {
      return IvrAction.Result.wrong();
    }
    PhoneChange c = new PhoneChange(PhoneChange.Kind.MODE, "", 0, MODES[i], null);
    if (MODES[i] == ForwardingMode.NO_ANSWER) {
      call.put(PENDING, c.encode());
      return IvrAction.Result.of("ringTime");
    }
    return pending(call, c);
  }

  private IvrAction.Result ringTime(CallState call, String keys) {
    if (!keys.matches("[0-9]{1,3}")) {
      return IvrAction.Result.wrong();
    }
    PhoneChange c = pending(call).orElseThrow();
    return pending(call, new PhoneChange(c.kind(), c.destination(), c.slot(), c.mode(),
        Integer.valueOf(keys)));
  }

  /** Runs the change through the sign-in door (a code first, should the session have aged). */
  private IvrAction.Result apply(CallState call) {
    PhoneChange c = pending(call).orElseThrow();
    String number = NumberSteps.number(call);
    Optional<ForwardingView> now = view(call);
    if (now.isEmpty()) {
      return new IvrAction.Result("refused", spoken.errors(forwarding.show(
          NumberSteps.actor(call), number).violations(), call.language(),
          SignInSteps.zone(call)));
    }
    call.clear(PENDING);
    return signIn.run(call, new PendingAction.ChangeForwarding(number,
        c.toChange(now.get().setting())));
  }

  private IvrAction.Result redo(CallState call) {
    String outcome = pending(call).map(PhoneChange::redoOutcome).orElse("menu");
    call.clear(PENDING);
    return IvrAction.Result.of(outcome);
  }

  private List<Speech> saved(CallState call) {
    return view(call).map(v -> v.destinations().stream().map(d -> spoken.line("ivr.savedItem",
        call.language(), Map.of("slot", Integer.toString(d.slot()),
            "number", spoken.digits(d.number(), call.language())))).toList()).orElse(List.of());
  }

  private List<Speech> lastChange(CallState call) {
    Outcome<List<HistoryEntry>> last = history.ofNumber(NumberSteps.actor(call),
        NumberSteps.number(call), 1);
    if (!last.isOk()) {
      return spoken.errors(last.violations(), call.language(), SignInSteps.zone(call));
    }
    if (last.orElseThrow().isEmpty()) {
      return List.of(spoken.line("ivr.noChange", call.language()));
    }
    HistoryEntry e = last.orElseThrow().get(0);
    List<Speech> out = new ArrayList<>(List.of(spoken.line("ivr.lastChange", call.language(),
        Map.of("channel", spoken.text("channels." + e.channel().name(), call.language()),
            "at", spoken.time(e.at(), SignInSteps.zone(call), call.language())))));
    e.forwardingAfter().ifPresent(a -> out.add(words.setting(a, call.language())));
    return out;
  }

  private static IvrAction.Result pending(CallState call, PhoneChange c) {
    call.put(PENDING, c.encode());
    return IvrAction.Result.of("confirm");
  }

  private static Optional<PhoneChange> pending(CallState call) {
    return call.get(PENDING).flatMap(PhoneChange::decode);
  }

  /** The chosen number's forwarding as the caller may see it (the core checks the scope). */
  private Optional<ForwardingView> view(CallState call) {
    Outcome<ForwardingView> v = forwarding.show(NumberSteps.actor(call), NumberSteps.number(call));
    return v.isOk() ? Optional.of(v.orElseThrow()) : Optional.empty();
  }
}
