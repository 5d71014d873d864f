package dev.tenso.voice;

import dev.tenso.core.directory.Language;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where one call is in the IVR, kept in Redis by {@code CallSid} between steps (any instance can
 * take the next step): the state, how often it was asked, the language, and named values the
 * actions keep (the user, the chosen number, the change waiting for confirmation).
 */
final class CallState {
  static final String STATE = "state";
  static final String TRIES = "tries";
  static final String LANG = "lang";
  private static final String VAR = "v.";

  private final String sid;
  private final String caller;
  private final Map<String, String> vars = new HashMap<>();
  private String state;
  private int tries;
  private Language language;

  private CallState(String sid, String caller, String state, int tries, Language language) {
    this.sid = sid;
    this.caller = caller;
    this.state = state;
    this.tries = tries;
    this.language = language;
  }

  /** A call's state from its stored fields (none for a new call). */
  static CallState of(String sid, String caller, Map<String, String> stored) {
    CallState c = new CallState(sid, caller, stored.get(STATE),
        Integer.parseInt(stored.getOrDefault(TRIES, "0")),
        "en".equals(stored.get(LANG)) ? Language.EN : Language.JA);
    stored.forEach((k, v) -> {
      if (k.startsWith(VAR)) {
        c.vars.put(k.substring(VAR.length()), v);
      }
    });
    return c;
  }

  /** The fields to store (every var, even an emptied one, so a removal is stored too). */
  Map<String, String> fields() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put(STATE, state == null ? "" : state);
    out.put(TRIES, Integer.toString(tries));
    out.put(LANG, language.code());
    vars.forEach((k, v) -> out.put(VAR + k, v));
    return out;
  }

  String sid() {
    return sid;
  }

  /** The caller's number as telephony sent it ({@code From}). */
  String caller() {
    return caller;
  }

  String state() {
    return state;
  }

  void moveTo(String next) {
    if (!next.equals(state)) {
      tries = 0;
    }
    state = next;
  }

  /** Counts one more wrong or missing input in this state; returns the count. */
  int countTry() {
    return ++tries;
  }

  Language language() {
    return language;
  }

  void language(Language l) {
    language = l;
  }

  Optional<String> get(String name) {
    return Optional.ofNullable(vars.get(name)).filter(v -> !v.isEmpty());
  }

  void put(String name, String value) {
    vars.put(name, value == null ? "" : value);
  }

  /** Every named value, for the placeholders of a prompt ({@code {name}}). */
  Map<String, String> vars() {
    return Map.copyOf(vars);
  }

  void clear(String name) {
    vars.put(name, "");
  }
}
