package dev.tenso.importer;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Violation;
import dev.tenso.core.forwarding.ForwardingMode;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.forwarding.Target;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.NumberDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a number row's {@code forwarding} map and asks the forwarding rules about it. */
final class ForwardingRows {
  private static final List<String> ORDER =
      List.of("enabled", "mode", "ringTime", "destinations", "active");
  private static final Set<String> KEYS = Set.copyOf(ORDER);
  private static final Pattern SLOT = Pattern.compile("(?:slot|destinations\\[)(\\d)\\]?.*");
  private final Errors errors;
  private final ForwardingCheck check;
  private final List<Pending> pending = new ArrayList<>();

  ForwardingRows(Errors errors, ForwardingCheck check) {
    this.errors = errors;
    this.check = check;
  }

  /** The row's forwarding, or empty when absent or wrong; {@code details} null: shape only. */
  Optional<ForwardingSetting> read(Fields row, NumberDetails details) {
    if (!row.has("forwarding")) {
      return Optional.empty();
    }
    Optional<Fields> parsed = Fields.of(row.node("forwarding"), row.path("forwarding"), KEYS, errors);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    Fields f = parsed.get();
    boolean ok = true;
    boolean enabled = f.bool("enabled", false, ManualWords.FORWARDING);
    ForwardingMode mode = ForwardingMode.UNCONDITIONAL;
    if (f.has("mode")) {
      Optional<ForwardingMode> m = Enums.of(f, "mode", ForwardingMode.class, ImportReason.MODE_INVALID, errors);
      ok &= m.isPresent();
      mode = m.orElse(mode);
    }
    Optional<Integer> ring = f.integer("ringTime");
    ok &= !f.has("ringTime") || ring.isPresent();
    List<Fields.Item> items = f.list("destinations");
    List<String> slots = new ArrayList<>(ForwardingSetting.emptySlots());
    for (int i = 0; i < items.size(); i++) {
      if (i >= Target.SLOTS) {
        errors.add(items.get(i).line(), items.get(i).path(), ErrorCode.SLOTS_FULL);
        ok = false;
      } else {
        slots.set(i, items.get(i).text());
      }
    }
    Optional<Target> active = f.text("active")
        .flatMap(t -> errors.value(f.line("active"), f.path("active"), () -> Target.parse(t)));
    ok &= !f.has("active") || active.isPresent();
    if (!ok || details == null) {
      return Optional.empty();
    }
    var setting = new ForwardingSetting(enabled, mode,
        ring.orElse(ForwardingSetting.DEFAULT_RING_TIME), slots, active.orElse(Target.slot(1)));
    pending.add(Pending.of(f, items, details, setting));
    return Optional.of(setting);
  }

  /**
   * Asks the rules about every forwarding read, once all number rows are known, so that a loop
   * through numbers of this same file (A to B in one row, B to A in another) is found too.
   *
   * @param inFile the forwarding a number gets from this file, if the file sets one
   */
  void checkAll(Function<IpNumber, Optional<ForwardingSetting>> inFile) {
    for (Pending p : pending) {
      for (Violation v : check.check(p.details(), p.setting(), inFile)) {
        report(p, v);
      }
    }
    pending.clear();
  }

  /**
   * A forwarding waiting for the rules: only where its fields are (lines and path), not the
   * parsed row, so that waiting forwarding of 100,000 numbers stays small.
   */
  private record Pending(String path, int line, int[] keyLines, int[] itemLines,
      NumberDetails details, ForwardingSetting setting) {
    static Pending of(Fields f, List<Fields.Item> items, NumberDetails details,
        ForwardingSetting setting) {
      return new Pending(f.path(), f.line(), ORDER.stream().mapToInt(f::line).toArray(),
          items.stream().mapToInt(Fields.Item::line).toArray(), details, setting);
    }

    int line(String key) {
      return keyLines[ORDER.indexOf(key)];
    }

    String path(String key) {
      return path + "." + key;
    }
  }

  private void report(Pending p, Violation v) {
    Matcher m = SLOT.matcher(v.field());
    if (m.matches()) {
      int index = Integer.parseInt(m.group(1)) - (v.field().startsWith("slot") ? 1 : 0);
      if (index >= 0 && index < p.itemLines().length) {
        errors.add(p.itemLines()[index], p.path("destinations") + "[" + index + "]", v);
        return;
      }
    }
    String key = v.field().split("[.\\[]", 2)[0];
    if (KEYS.contains(key)) {
      errors.add(p.line(key), p.path(key), v);
    } else {
      errors.add(p.line(), p.path() + (v.field().isEmpty() ? "" : "." + v.field()), v);
    }
  }
}
