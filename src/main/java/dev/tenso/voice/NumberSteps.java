package dev.tenso.voice;

import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Actor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.Users;
import dev.tenso.core.forwarding.ForwardingUseCases;
import dev.tenso.core.forwarding.ForwardingView;
import dev.tenso.core.inventory.IpNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which number the caller sets: their only one at once; one key each when they have several
 * (read digit by digit); or any number keyed in, which the core checks against their scope.
 */
final class NumberSteps {
  static final String NUMBER = "number";
  private static final String NUMBERS = "numbers";
  private static final int LISTED = 9;

  private final Users users;
  private final ForwardingUseCases forwarding;
  private final Spoken spoken;

  NumberSteps(Users users, ForwardingUseCases forwarding, Spoken spoken) {
    this.users = users;
    this.forwarding = forwarding;
    this.spoken = spoken;
  }

  void register(Map<String, IvrAction> actions, Map<String, IvrListing> listings) {
    actions.put("chooseNumber", IvrAction.plain((call, keys) -> choose(call)));
    actions.put("pickNumber", IvrAction.plain(this::pick));
    actions.put("keyNumber", IvrAction.plain(this::key));
    listings.put("numbers", this::list);
    listings.put("chosenNumber", call -> List.of(spoken.line("ivr.numberChosen",
        call.language(), Map.of("number", spoken.digits(number(call), call.language())))));
  }

  static Actor actor(CallState call) {
    return new Actor(SignInSteps.user(call), SignInSteps.who(call));
  }

  static String number(CallState call) {
    return call.get(NUMBER).orElseThrow();
  }

  private IvrAction.Result choose(CallState call) {
    List<String> mine = users.byId(SignInSteps.user(call)).map(User::numbers).orElse(
        java.util.Set.of()).stream().sorted().limit(LISTED).map(IpNumber::digits).toList();
    if (mine.isEmpty()) {
      return IvrAction.Result.of("none");
    }
    if (mine.size() == 1) {
      call.put(NUMBER, mine.get(0));
      return IvrAction.Result.of("one");
    }
    call.put(NUMBERS, String.join(",", mine));
    return IvrAction.Result.of("several");
  }

  private IvrAction.Result pick(CallState call, String keys) {
    List<String> listed = listed(call);
    int i = keys.length() == 1 ? keys.charAt(0) - '1' : -1;
    if (i < 0 || i >= listed.size()) {
      return IvrAction.Result.wrong();
    }
    call.put(NUMBER, listed.get(i));
    return IvrAction.Result.of("picked");
  }

  private IvrAction.Result key(CallState call, String keys) {
    Outcome<ForwardingView> seen = forwarding.show(actor(call), keys);
    if (!seen.isOk()) {
      return new IvrAction.Result(IvrAction.Result.WRONG, spoken.errors(seen.violations(),
          call.language(), SignInSteps.zone(call)));
    }
    call.put(NUMBER, seen.orElseThrow().details().ip().digits());
    return IvrAction.Result.of("picked");
  }

  private List<Speech> list(CallState call) {
    List<Speech> out = new ArrayList<>();
    List<String> listed = listed(call);
    for (int i = 0; i < listed.size(); i++) {
      out.add(spoken.line("ivr.numberItem", call.language(), Map.of("key",
          Integer.toString(i + 1), "number", spoken.digits(listed.get(i), call.language()))));
    }
    return out;
  }

  private static List<String> listed(CallState call) {
    return call.get(NUMBERS).map(s -> List.of(s.split(","))).orElse(List.of());
  }
}
