package dev.tenso.bench;

import dev.tenso.core.forwarding.ForwardingMode;
import dev.tenso.core.forwarding.ForwardingRules;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.forwarding.Target;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.NumberDetails;
import dev.tenso.core.inventory.OfficeNumber;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link ForwardingRules#validate} alone, pure CPU: the numbers and settings are read from Redis
 * once, the other numbers' settings are then looked up in memory. Three candidates in turn: the
 * stored setting, one forwarding to another tenso number (the loop check follows it) and one
 * breaking several rules at once.
 */
final class RulesBench {
  private RulesBench() {}

  static void run(Lab lab, Report report) {
    report.section("ForwardingRules.validate (pure CPU, 1 thread)");
    Map<IpNumber, ForwardingSetting> settings = new HashMap<>();
    for (OfficeNumber n : lab.inventory.numbers()) {
      settings.put(n.number(), lab.store.get(n.number()).value());
    }
    Function<IpNumber, Optional<ForwardingSetting>> others =
        ip -> Optional.ofNullable(settings.get(ip));
    IpNumber ip = IpNumber.of(ForwardingBench.SHOWN);
    NumberDetails details = lab.inventory.details(ip).orElseThrow();
    ForwardingSetting stored = settings.get(ip);
    List<ForwardingSetting> candidates = List.of(
        stored,
        stored.withSlot(4, "050-1111-0004").withActive(Target.slot(4)).withEnabled(true),
        stored.withMode(ForwardingMode.BUSY).withRingTime(99).withSlot(2, "0120-444-444")
            .withSlot(3, "+1 (555) abc").withActive(Target.slot(5)));
    int[] expected = candidates.stream()
        .mapToInt(c -> ForwardingRules.validate(details, c, others).size()).toArray();
    report.note("violations per candidate: " + java.util.Arrays.toString(expected));
    long[] sink = new long[1];
    int[] turn = new int[1];
    double ops = Timing.throughput(2_000, 3_000, () -> {
      int i = turn[0]++ % 3;
      sink[0] += ForwardingRules.validate(details, candidates.get(i), others).size();
    });
    report.value("validate.ops", ops, "validations/s");
    if (sink[0] == 42) {
      report.note("(sink)");
    }
  }
}
