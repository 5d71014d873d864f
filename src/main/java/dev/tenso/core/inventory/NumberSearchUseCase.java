package dev.tenso.core.inventory;

import dev.tenso.core.common.Actor;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Page;
import java.util.List;

/**
 * The door of number search (検索条件, §1): the voice groups an actor sees and the numbers of one
 * of them, filtered by the actor's scope. Reading needs no fresh session. The logic is in
 * {@link NumberQuery}, {@link NumberSearch} and {@link Scope}; this only reads the ports.
 */
public final class NumberSearchUseCase {
  private final Inventory inventory;
  private final ActorScopes scopes;

  public NumberSearchUseCase(Inventory inventory, ActorScopes scopes) {
    this.inventory = inventory;
    this.scopes = scopes;
  }

  /** The voice groups in the actor's scope, in id order. */
  public Outcome<List<VoiceGroup>> voiceGroups(Actor actor) {
    return scopes.scopeOf(actor).map(scope -> {
      List<Site> sites = inventory.sites();
      return scope.visibleVoiceGroups(inventory.voiceGroups(), sites, all(sites));
    });
  }

  /**
   * Numbers of one voice group, by site id, contract number and any part of the digits, sorted,
   * 10 per page. A voice group outside the scope (or unknown) gives VOICE_GROUP_NOT_IN_SCOPE.
   */
  public Outcome<Page<NumberDetails>> search(Actor actor, String voiceGroup, String site,
      String contract, String digits, int page) {
    Outcome<NumberQuery> query = NumberQuery.of(voiceGroup, site, contract, digits, page);
    if (!query.isOk()) {
      return Outcome.rejected(query.violations());
    }
    Outcome<Scope> scope = scopes.scopeOf(actor);
    if (!scope.isOk()) {
      return Outcome.rejected(scope.violations());
    }
    NumberQuery q = query.orElseThrow();
    Scope s = scope.orElseThrow();
    List<Site> sites = inventory.sites();
    List<NumberDetails> all = all(sites);
    boolean visible = s.visibleVoiceGroups(inventory.voiceGroups(), sites, all).stream()
        .anyMatch(g -> g.id().equals(q.voiceGroup()));
    if (!visible) {
      return Outcome.rejected("voiceGroup", ErrorCode.VOICE_GROUP_NOT_IN_SCOPE);
    }
    return Outcome.ok(NumberSearch.search(all, q, s::covers));
  }

  private List<NumberDetails> all(List<Site> sites) {
    return NumberSearch.details(inventory.numbers(), inventory.contracts(), sites);
  }
}
