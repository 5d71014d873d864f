package dev.tenso.core.inventory;

import dev.tenso.core.common.Actor;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Page;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The door of number search (検索条件, §1): the voice groups an actor sees and the numbers of one
 * of them, filtered by the actor's scope. Reading needs no fresh session. The logic is in
 * {@link NumberQuery}, {@link NumberSearch} and {@link Scope}; this only reads the ports, and
 * only what the actor's scope names (an administrator: the voice groups; a general user: their
 * scope's sites and numbers), never every number.
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
    return scopes.scopeOf(actor).map(this::visible);
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
    boolean visible = s.all() ? inventory.voiceGroup(q.voiceGroup()).isPresent()
        : visible(s).stream().anyMatch(g -> g.id().equals(q.voiceGroup()));
    if (!visible) {
      return Outcome.rejected("voiceGroup", ErrorCode.VOICE_GROUP_NOT_IN_SCOPE);
    }
    return Outcome.ok(inventory.search(q, s, NumberSearch.PAGE_SIZE));
  }

  /**
   * What {@link Scope#visibleVoiceGroups} gives, from the records the scope names alone: every
   * voice group for an administrator; else those given, those of its sites, those of its numbers.
   */
  private List<VoiceGroup> visible(Scope scope) {
    if (scope.all()) {
      return scope.visibleVoiceGroups(inventory.voiceGroups(), List.of(), List.of());
    }
    List<Site> sites = new ArrayList<>();
    scope.sites().forEach(id -> inventory.site(id).ifPresent(sites::add));
    List<NumberDetails> numbers = new ArrayList<>();
    scope.numbers().forEach(n -> inventory.details(n).ifPresent(numbers::add));
    Set<VoiceGroupId> ids = new LinkedHashSet<>(scope.voiceGroups());
    sites.forEach(site -> ids.add(site.voiceGroup()));
    numbers.forEach(n -> ids.add(n.voiceGroup()));
    List<VoiceGroup> groups = new ArrayList<>();
    ids.forEach(id -> inventory.voiceGroup(id).ifPresent(groups::add));
    return scope.visibleVoiceGroups(groups, sites, numbers);
  }
}
