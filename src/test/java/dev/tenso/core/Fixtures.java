package dev.tenso.core;

import dev.tenso.core.directory.Role;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.forwarding.ForwardingMode;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.forwarding.Target;
import dev.tenso.core.inventory.Contract;
import dev.tenso.core.inventory.ContractNumber;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.NumberDetails;
import dev.tenso.core.inventory.OfficeNumber;
import dev.tenso.core.inventory.Plan;
import dev.tenso.core.inventory.Site;
import dev.tenso.core.inventory.SiteId;
import dev.tenso.core.inventory.VoiceGroupId;
import dev.tenso.testsupport.UserBuilder;
import java.util.Arrays;
import java.util.Set;

/** Test data builders for the core's pure tests. */
public final class Fixtures {
  private Fixtures() {}

  public static Contract contract(String number, String voiceGroup, String site, Plan plan,
      boolean membersNet, boolean messageBox) {
    return new Contract(ContractNumber.of(number), VoiceGroupId.of(voiceGroup), SiteId.of(site),
        plan, membersNet, messageBox, false);
  }

  public static NumberDetails number(String ip, Plan plan, boolean membersNet, boolean messageBox,
      boolean routed) {
    Contract c = contract("N1", "Y1", "S1", plan, membersNet, messageBox);
    return number(ip, c, new Site(c.site(), "site", c.voiceGroup(), true), routed);
  }

  public static NumberDetails number(String ip, Contract c, Site site, boolean routed) {
    return new NumberDetails(new OfficeNumber(IpNumber.of(ip), c.number(),
        routed ? "sip:" + ip + "@example.sip.twilio.com" : ""), c, site);
  }

  /** An IP_VOICE number with a message box, not routed by tenso. */
  public static NumberDetails ipVoice(String ip) {
    return number(ip, Plan.IP_VOICE, false, true, false);
  }

  public static ForwardingSetting setting(boolean on, ForwardingMode mode, int ring, String active,
      String... slots) {
    String[] five = Arrays.copyOf(slots, Target.SLOTS);
    return new ForwardingSetting(on, mode, ring, Arrays.asList(five), Target.parse(active));
  }

  /** On, unconditional, 30 s, to slot 1 holding {@code destination}. */
  public static ForwardingSetting onTo(String destination) {
    return setting(true, ForwardingMode.UNCONDITIONAL, 30, "1", destination);
  }

  public static User user(String id, Role role, UserStatus status, Set<String> groups,
      Set<String> numbers) {
    return UserBuilder.aUser().id(id).name("Name " + id).role(role).status(status).groups(groups)
        .numbers(numbers.toArray(String[]::new)).build();
  }
}
