package dev.tenso.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenso.messages.ClasspathCatalogs;
import dev.tenso.messages.MessageCatalog;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The IVR flow of {@code ivr-scripts/flows/ivr.yaml} is complete: every state is reachable from
 * the start and leads only to states that exist, every prompt it says has a text (ja and en:
 * the catalog guarantees both), every action and list it names is one the channel has, and it
 * has the goodbye state the engine ends calls in.
 */
class FlowCompletenessTest {
  private final Flow flow = PhoneChannel.flow();
  private final MessageCatalog spoken = ClasspathCatalogs.load(ClasspathCatalogs.SPOKEN);

  @Test
  void everyStateIsReachableAndEveryTargetExists() {
    assertThat(flow.problems()).isEmpty();
    assertThat(flow.states()).containsKey(IvrEngine.GOODBYE);
  }

  @Test
  void aBrokenFlowIsRefusedWithEveryProblem() {
    assertThatThrownBy(() -> Flow.parse("""
        start: a
        states:
          a: {say: [welcome], then: b}
          c: {say: [welcome], hangup: true}
        """)).hasMessageContaining("a leads to b, which does not exist")
        .hasMessageContaining("c cannot be reached from a");
  }

  @Test
  void everyPromptActionAndListExists() {
    Map<String, IvrAction> actions = new HashMap<>();
    Map<String, IvrListing> listings = new HashMap<>();
    Spoken words = new Spoken(spoken);
    new SignInSteps(null, words, null).register(actions, listings);
    new NumberSteps(null, null, words).register(actions, listings);
    new MenuSteps(null, null, null, words).register(actions, listings);
    for (FlowState s : flow.states().values()) {
      s.say().stream().filter(p -> !p.isList()).forEach(p ->
          assertThat(spoken.has("ivr." + p.key())).as(s.name() + " says " + p.key()).isTrue());
      s.say().stream().filter(FlowState.Prompt::isList).forEach(p ->
          assertThat(listings).as(s.name() + " lists " + p.list()).containsKey(p.list()));
      for (String a : new String[] {s.input(), s.run()}) {
        if (a != null) {
          assertThat(actions).as(s.name() + " runs " + a).containsKey(a);
        }
      }
    }
  }
}
