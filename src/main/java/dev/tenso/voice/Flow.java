package dev.tenso.voice;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * An IVR flow read from YAML ({@code ivr-scripts/flows/ivr.yaml}): its start state and its
 * states. Reading checks the shape: every transition names a state, every state is reachable
 * from the start; a malformed flow stops start-up with every problem listed.
 */
record Flow(String start, Map<String, FlowState> states) {

  FlowState state(String name) {
    FlowState s = states.get(name);
    if (s == null) {
      throw new IllegalStateException("no state " + name + " in the flow");
    }
    return s;
  }

  static Flow parse(String yaml) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    Map<String, Object> root = new Yaml(new SafeConstructor(options)).load(yaml);
    Map<String, FlowState> states = new LinkedHashMap<>();
    if (root.get("states") instanceof Map<?, ?> all) {
      all.forEach((name, node) -> states.put(String.valueOf(name), state(String.valueOf(name),
          map(node))));
    }
    Flow flow = new Flow(String.valueOf(root.get("start")), states);
    List<String> problems = flow.problems();
    if (!problems.isEmpty()) {
      throw new IllegalStateException("the IVR flow is malformed:\n  "
          + String.join("\n  ", problems));
    }
    return flow;
  }

  /** Transitions to unknown states and states the start never leads to. */
  List<String> problems() {
    List<String> out = new ArrayList<>();
    if (!states.containsKey(start)) {
      out.add("start state " + start + " does not exist");
    }
    states.values().forEach(s -> targets(s).stream().filter(t -> !states.containsKey(t))
        .forEach(t -> out.add(s.name() + " leads to " + t + ", which does not exist")));
    Set<String> reached = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(start));
    while (!todo.isEmpty()) {
      String name = todo.pop();
      if (states.containsKey(name) && reached.add(name)) {
        todo.addAll(targets(states.get(name)));
      }
    }
    states.keySet().stream().filter(n -> !reached.contains(n))
        .forEach(n -> out.add(n + " cannot be reached from " + start));
    return out;
  }

  static List<String> targets(FlowState s) {
    List<String> out = new ArrayList<>(s.keys().values());
    out.addAll(s.next().values());
    if (s.then() != null) {
      out.add(s.then());
    }
    return out;
  }

  private static FlowState state(String name, Map<String, Object> m) {
    List<FlowState.Prompt> say = new ArrayList<>();
    for (Object p : m.get("say") instanceof List<?> l ? l : List.of()) {
      if (p instanceof Map<?, ?> pm) {
        say.add(new FlowState.Prompt(str(pm.get("key")), "other".equals(pm.get("in")),
            str(pm.get("list"))));
      } else {
        say.add(new FlowState.Prompt(String.valueOf(p), false, null));
      }
    }
    FlowState.Gather gather = null;
    if (m.get("gather") instanceof Map<?, ?> g) {
      gather = new FlowState.Gather(g.containsKey("finishOnKey") ? str(g.get("finishOnKey")) : "#",
          g.get("numDigits") instanceof Integer n ? n : null,
          g.get("timeout") instanceof Integer t ? t : 5);
    }
    return new FlowState(name, say, gather, strings(m.get("keys")), str(m.get("input")),
        str(m.get("run")), strings(m.get("next")), str(m.get("then")),
        Boolean.TRUE.equals(m.get("hangup")));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object node) {
    return node instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static Map<String, String> strings(Object node) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node instanceof Map<?, ?> m) {
      m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
    }
    return out;
  }

  private static String str(Object o) {
    return o == null ? null : String.valueOf(o);
  }
}
