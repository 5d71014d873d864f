package dev.tenso.voice;

import dev.tenso.core.directory.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a {@link Flow}: from the call's state and the keys Twilio sent, to what is said next and
 * what is gathered (or the hang-up). No input or a wrong one is said and asked again up to
 * {@value #RETRIES} times, then the call ends in the {@value #GOODBYE} state.
 */
final class IvrEngine {
  static final int RETRIES = 3;
  static final String GOODBYE = "goodbye";
  private static final int MAX_HOPS = 32;

  private final Flow flow;
  private final Map<String, IvrAction> actions;
  private final Map<String, IvrListing> listings;
  private final Spoken spoken;

  IvrEngine(Flow flow, Map<String, IvrAction> actions, Map<String, IvrListing> listings,
      Spoken spoken) {
    this.flow = flow;
    this.actions = Map.copyOf(actions);
    this.listings = Map.copyOf(listings);
    this.spoken = spoken;
  }

  /** What a call waits at after a turn: a gather, or the end. */
  record Turn(List<Speech> said, FlowState.Gather gather) {
    boolean hangsUp() {
      return gather == null;
    }
  }

  Turn begin(CallState call) {
    return enter(call, flow.start(), new ArrayList<>(), false);
  }

  /** The caller's keys ({@code ""} when nothing came before the timeout) at the current state. */
  Turn step(CallState call, String keys) {
    return step(call, keys, false);
  }

  /**
   * The turn the keys lead to when reaching it runs only {@linkplain IvrAction#plain plain}
   * actions (keys that move between menus, a language switch, a change keyed in to be confirmed,
   * a wrong or missing input asked again): nothing but the call's own state changes, so it can be
   * worked out before the step is claimed. Empty when any other action would run.
   */
  Optional<Turn> plainStep(CallState call, String keys) {
    return Optional.ofNullable(step(call, keys, true));
  }

  /** The turn, or null when {@code plainOnly} and an action would run. */
  private Turn step(CallState call, String keys, boolean plainOnly) {
    FlowState s = flow.state(call.state());
    List<Speech> said = new ArrayList<>();
    if (keys == null || keys.isEmpty()) {
      said.add(line("ivr.noInput", call));
      return retry(call, s, said, plainOnly);
    }
    if (s.keys().containsKey(keys)) {
      return enter(call, s.keys().get(keys), said, plainOnly);
    }
    if (s.input() == null) {
      said.add(line("ivr.wrongInput", call));
      return retry(call, s, said, plainOnly);
    }
    IvrAction input = action(s.input());
    if (plainOnly && !input.plain()) {
      return null;
    }
    IvrAction.Result r = input.apply(call, keys);
    said.addAll(r.said());
    if (r.outcome().equals(IvrAction.Result.WRONG)) {
      if (r.said().isEmpty()) {
        said.add(line("ivr.wrongInput", call));
      }
      return retry(call, s, said, plainOnly);
    }
    return enter(call, target(s, r.outcome()), said, plainOnly);
  }

  private Turn retry(CallState call, FlowState s, List<Speech> said, boolean plainOnly) {
    if (call.countTry() > RETRIES) {
      said.add(line("ivr.tooManyTries", call));
      return enter(call, GOODBYE, said, plainOnly);
    }
    return enter(call, s.name(), said, plainOnly);
  }

  private Turn enter(CallState call, String name, List<Speech> said, boolean plainOnly) {
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      FlowState s = flow.state(name);
      call.moveTo(name);
      for (FlowState.Prompt p : s.say()) {
        said.addAll(p.isList() ? listing(p.list()).words(call) : List.of(prompt(p, call)));
      }
      if (s.hangup()) {
        return new Turn(said, null);
      }
      if (s.gather() != null) {
        return new Turn(said, s.gather());
      }
      if (s.run() != null) {
        IvrAction run = action(s.run());
        if (plainOnly && !run.plain()) {
          return null;
        }
        IvrAction.Result r = run.apply(call, null);
        said.addAll(r.said());
        name = target(s, r.outcome());
      } else if (s.then() != null) {
        name = s.then();
      } else {
        throw new IllegalStateException("state " + name + " neither waits, runs nor leads on");
      }
    }
    throw new IllegalStateException("the flow ran " + MAX_HOPS + " states without waiting");
  }

  private static String target(FlowState s, String outcome) {
    String next = s.next().get(outcome);
    if (next == null) {
      throw new IllegalStateException(s.name() + " has no next state for " + outcome);
    }
    return next;
  }

  private Speech prompt(FlowState.Prompt p, CallState call) {
    var lang = p.otherLanguage() ? other(call.language()) : call.language();
    return new Speech(spoken.text("ivr." + p.key(), lang, call.vars()), lang);
  }

  private Speech line(String key, CallState call) {
    return new Speech(spoken.text(key, call.language()), call.language());
  }

  private IvrAction action(String name) {
    IvrAction a = actions.get(name);
    if (a == null) {
      throw new IllegalStateException("the flow names an unknown action " + name);
    }
    return a;
  }

  private IvrListing listing(String name) {
    IvrListing l = listings.get(name);
    if (l == null) {
      throw new IllegalStateException("the flow names an unknown list " + name);
    }
    return l;
  }

  private static Language other(Language l) {
    return l == Language.JA ? Language.EN : Language.JA;
  }

  /** The names of the actions and lists this engine knows (for the flow's completeness test). */
  boolean knows(String action) {
    return actions.containsKey(action);
  }

  boolean knowsList(String list) {
    return listings.containsKey(list);
  }
}
