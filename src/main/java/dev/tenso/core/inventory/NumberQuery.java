package dev.tenso.core.inventory;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.InvalidValueException;
import dev.tenso.core.common.Outcome;
import dev.tenso.core.common.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A number search (検索条件), always inside one voice group: by site id (exact), voice contract
 * number (exact) and any part of the number's digits (hyphens ignored). Conditions left empty
 * do not filter; none at all gives every number of the voice group.
 *
 * @param digits a fragment of digits, hyphens removed, or empty
 * @param page 1-based
 */
public record NumberQuery(VoiceGroupId voiceGroup, Optional<SiteId> site,
    Optional<ContractNumber> contract, String digits, int page) {
  private static final Pattern FRAGMENT = Pattern.compile("[0-9-]*");

  /** Reads the conditions as typed; every wrong one is reported at once. Blank means none. */
  public static Outcome<NumberQuery> of(
      String voiceGroup, String site, String contract, String digits, int page) {
    List<Violation> out = new ArrayList<>();
    VoiceGroupId vg = read(out, "voiceGroup", voiceGroup, VoiceGroupId::of).orElse(null);
    if (vg == null && out.isEmpty()) {
      out.add(Violation.of("voiceGroup", ErrorCode.VOICE_GROUP_INVALID));
    }
    Optional<SiteId> s = read(out, "site", site, SiteId::of);
    Optional<ContractNumber> c = read(out, "contract", contract, ContractNumber::of);
    String d = digits == null ? "" : digits.strip();
    if (!FRAGMENT.matcher(d).matches()) {
      out.add(Violation.of("number", ErrorCode.NUMBER_INVALID));
    }
    if (page < 1) {
      out.add(Violation.of("page", ErrorCode.PAGE_INVALID));
    }
    return out.isEmpty()
        ? Outcome.ok(new NumberQuery(vg, s, c, d.replace("-", ""), page))
        : Outcome.rejected(out);
  }

  private static <T> Optional<T> read(List<Violation> out, String field, String text,
      java.util.function.Function<String, T> parse) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse.apply(text));
    } catch (InvalidValueException e) {
      out.add(Violation.of(field, e.code()));
      return Optional.empty();
    }
  }

  /** True when {@code n} meets every condition (the voice group included). */
  public boolean matches(NumberDetails n) {
    return n.voiceGroup().equals(voiceGroup)
        && site.map(id -> id.equals(n.site().id())).orElse(true)
        && contract.map(id -> id.equals(n.contract().number())).orElse(true)
        && n.ip().digits().contains(digits);
  }
}
