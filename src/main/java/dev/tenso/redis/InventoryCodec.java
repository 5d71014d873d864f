package dev.tenso.redis;

import dev.tenso.core.inventory.Contract;
import dev.tenso.core.inventory.ContractNumber;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.OfficeNumber;
import dev.tenso.core.inventory.Plan;
import dev.tenso.core.inventory.Site;
import dev.tenso.core.inventory.SiteId;
import dev.tenso.core.inventory.VoiceGroup;
import dev.tenso.core.inventory.VoiceGroupId;
import java.util.LinkedHashMap;
import java.util.Map;

/** Voice groups, sites, contracts and numbers as hash fields. */
final class InventoryCodec {
  private InventoryCodec() {}

  static Map<String, String> fields(VoiceGroup g) {
    return Map.of("id", g.id().value(), "name", g.name());
  }

  static VoiceGroup voiceGroup(Map<Object, Object> h) {
    return new VoiceGroup(new VoiceGroupId(UserCodec.s(h, "id")), UserCodec.s(h, "name"));
  }

  static Map<String, String> fields(Site s) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("id", s.id().value());
    m.put("name", s.name());
    m.put("voiceGroup", s.voiceGroup().value());
    m.put("opened", Boolean.toString(s.opened()));
    return m;
  }

  static Site site(Map<Object, Object> h) {
    return new Site(new SiteId(UserCodec.s(h, "id")), UserCodec.s(h, "name"),
        new VoiceGroupId(UserCodec.s(h, "voiceGroup")), bool(h, "opened"));
  }

  static Map<String, String> fields(Contract c) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("number", c.number().value());
    m.put("voiceGroup", c.voiceGroup().value());
    m.put("site", c.site().value());
    m.put("plan", c.plan().name());
    m.put("membersNet", Boolean.toString(c.membersNet()));
    m.put("messageBox", Boolean.toString(c.messageBox()));
    m.put("representative", Boolean.toString(c.representative()));
    return m;
  }

  static Contract contract(Map<Object, Object> h) {
    return new Contract(new ContractNumber(UserCodec.s(h, "number")),
        new VoiceGroupId(UserCodec.s(h, "voiceGroup")), new SiteId(UserCodec.s(h, "site")),
        Plan.valueOf(UserCodec.s(h, "plan")), bool(h, "membersNet"), bool(h, "messageBox"),
        bool(h, "representative"));
  }

  static Map<String, String> fields(OfficeNumber n) {
    return Map.of(
        "number", n.number().digits(), "contract", n.contract().value(), "terminal", n.terminal());
  }

  static OfficeNumber number(Map<Object, Object> h) {
    return new OfficeNumber(new IpNumber(UserCodec.s(h, "number")),
        new ContractNumber(UserCodec.s(h, "contract")), UserCodec.s(h, "terminal"));
  }

  private static boolean bool(Map<Object, Object> h, String field) {
    return Boolean.parseBoolean(UserCodec.s(h, field));
  }
}
