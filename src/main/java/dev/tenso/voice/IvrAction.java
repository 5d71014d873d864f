package dev.tenso.voice;

import java.util.List;

/**
 * An action a flow names ({@code input:} or {@code run:}): reads the keys (null for a
 * {@code run:}), asks the core, and answers an outcome and what to say first.
 */
@FunctionalInterface
interface IvrAction {
  Result apply(CallState call, String keys);

  /**
   * True when the action changes nothing but the call's own state (it may read): its turn can
   * be worked out before the step is claimed (see {@link IvrEngine#plainStep}).
   */
  default boolean plain() {
    return false;
  }

  /** {@code action}, declared to change nothing but the call's own state. */
  static IvrAction plain(IvrAction action) {
    return new IvrAction() {
      @Override
      public Result apply(CallState call, String keys) {
        return action.apply(call, keys);
      }

      @Override
      public boolean plain() {
        return true;
      }
    };
  }

  /** An outcome of the flow's {@code next}, or {@link #WRONG}; and what to say before it. */
  record Result(String outcome, List<Speech> said) {
    static final String WRONG = "wrong";

    public Result {
      said = List.copyOf(said);
    }

    static Result of(String outcome, Speech... said) {
      return new Result(outcome, List.of(said));
    }

    static Result wrong(Speech... said) {
      return new Result(WRONG, List.of(said));
    }
  }
}
