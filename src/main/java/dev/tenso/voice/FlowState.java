package dev.tenso.voice;

import java.util.List;
import java.util.Map;

/**
 * One state of an IVR flow ({@code ivr-scripts/flows/}): what it says, what it gathers, and where
 * each key or outcome leads. See the flow file's header for the meaning of each part.
 *
 * @param gather null when the state does not wait for keys
 * @param input the action reading other keys, or null
 * @param run the action run on entering, or null
 * @param then the next state after saying, or null
 */
record FlowState(String name, List<Prompt> say, Gather gather, Map<String, String> keys,
    String input, String run, Map<String, String> next, String then, boolean hangup) {

  FlowState {
    say = List.copyOf(say);
    keys = Map.copyOf(keys);
    next = Map.copyOf(next);
  }

  /**
   * A prompt: a text of {@code ivr-scripts/ivr.yaml} ({@code key}), said in the call's language
   * or the other one, or words the channel builds ({@code list}).
   */
  record Prompt(String key, boolean otherLanguage, String list) {
    boolean isList() {
      return list != null;
    }
  }

  /**
   * How keys are taken, as Twilio's {@code <Gather>} takes them.
   *
   * @param finishOnKey the key that ends the input ({@code #} by default; empty: none)
   * @param numDigits how many keys end the input, or null for no limit
   * @param timeout seconds of silence that end the input
   */
  record Gather(String finishOnKey, Integer numDigits, int timeout) {}
}
