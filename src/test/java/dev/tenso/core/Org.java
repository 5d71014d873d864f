package dev.tenso.core;

import dev.tenso.core.inventory.Contract;
import dev.tenso.core.inventory.NumberDetails;
import dev.tenso.core.inventory.Plan;
import dev.tenso.core.inventory.Site;
import dev.tenso.core.inventory.SiteId;
import dev.tenso.core.inventory.VoiceGroup;
import dev.tenso.core.inventory.VoiceGroupId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A small organisation for scope and search tests. Y1 holds site S1 (contract N1: 050-1000-0001
 * to 050-1000-0012) and site S2 (contract N2: 050-2000-0001 to -0003); Y2 holds site S3
 * (contract N3: 050-3000-0001); Y3 is empty.
 */
public final class Org {
  public static final List<VoiceGroup> VOICE_GROUPS = List.of(
      new VoiceGroup(VoiceGroupId.of("Y3"), "empty"), new VoiceGroup(VoiceGroupId.of("Y1"), "hq"),
      new VoiceGroup(VoiceGroupId.of("Y2"), "branch"));
  public static final Site S1 = new Site(SiteId.of("S1"), "Tokyo", VoiceGroupId.of("Y1"), true);
  public static final Site S2 = new Site(SiteId.of("S2"), "Osaka", VoiceGroupId.of("Y1"), false);
  public static final Site S3 = new Site(SiteId.of("S3"), "Nagoya", VoiceGroupId.of("Y2"), true);
  public static final List<Site> SITES = List.of(S1, S2, S3);
  public static final List<NumberDetails> NUMBERS = numbers();

  private Org() {}

  private static List<NumberDetails> numbers() {
    Contract n1 = Fixtures.contract("N1", "Y1", "S1", Plan.MOBILE_OFFICE, false, true);
    Contract n2 = Fixtures.contract("N2", "Y1", "S2", Plan.IP_VOICE, true, true);
    Contract n3 = Fixtures.contract("N3", "Y2", "S3", Plan.IP_VOICE, false, false);
    List<NumberDetails> out = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      out.add(Fixtures.number(String.format("050-1000-%04d", i), n1, S1, false));
    }
    for (int i = 1; i <= 3; i++) {
      out.add(Fixtures.number(String.format("050-2000-%04d", i), n2, S2, false));
    }
    out.add(Fixtures.number("050-3000-0001", n3, S3, true));
    Collections.reverse(out);
    return List.copyOf(out);
  }

  public static NumberDetails number(String display) {
    return NUMBERS.stream().filter(n -> n.ip().display().equals(display)).findFirst()
        .orElseThrow();
  }
}
