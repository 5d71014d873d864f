package dev.tenso.redis;

import dev.tenso.core.common.UserId;
import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.Role;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserGroup;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.SiteId;
import dev.tenso.core.inventory.VoiceGroupId;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Users and user groups as hash fields; lists are joined with a newline (never in a value). */
final class UserCodec {
  private static final String SEP = "\n";

  private UserCodec() {}

  static Map<String, String> fields(User u) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("id", u.id().value());
    m.put("name", u.name());
    m.put("email", u.email().value());
    m.put("emailKey", u.email().key());
    m.put("phone", u.phone());
    m.put("mobile", u.mobile());
    m.put("language", u.language().code());
    m.put("secondFactor", u.secondFactor().name());
    m.put("role", u.role().name());
    m.put("title", u.title());
    m.put("timezone", u.timezone().getId());
    m.put("groups", join(u.groups(), g -> g));
    m.put("numbers", join(u.numbers(), IpNumber::digits));
    m.put("comment", u.comment());
    m.put("lineNotification", Boolean.toString(u.lineNotification()));
    m.put("status", u.status().name());
    m.put("createdAt", u.createdAt().toString());
    m.put("slackId", u.slackId());
    return m;
  }

  static User user(Map<Object, Object> h) {
    return new User(
        new UserId(s(h, "id")),
        s(h, "name"),
        new Email(s(h, "email")),
        s(h, "phone"),
        s(h, "mobile"),
        Language.of(s(h, "language")),
        SecondFactor.valueOf(s(h, "secondFactor")),
        Role.valueOf(s(h, "role")),
        s(h, "title"),
        ZoneId.of(s(h, "timezone")),
        split(s(h, "groups"), g -> g),
        split(s(h, "numbers"), IpNumber::new),
        s(h, "comment"),
        Boolean.parseBoolean(s(h, "lineNotification")),
        UserStatus.valueOf(s(h, "status")),
        Instants.parse(s(h, "createdAt")),
        s(h, "slackId"));
  }

  static Map<String, String> fields(UserGroup g) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("name", g.name());
    m.put("sites", join(g.sites(), SiteId::value));
    m.put("voiceGroups", join(g.voiceGroups(), VoiceGroupId::value));
    return m;
  }

  static UserGroup group(Map<Object, Object> h) {
    return new UserGroup(
        s(h, "name"), split(s(h, "sites"), SiteId::new), split(s(h, "voiceGroups"), VoiceGroupId::new));
  }

  static <T> String join(Collection<T> items, Function<T, String> f) {
    return items.stream().map(f).sorted().collect(Collectors.joining(SEP));
  }

  static <T> Set<T> split(String text, Function<String, T> f) {
    if (text.isEmpty()) {
      return Set.of();
    }
    return Arrays.stream(text.split(SEP)).map(f).collect(Collectors.toSet());
  }

  static String s(Map<Object, Object> h, String field) {
    Object v = h.get(field);
    return v == null ? "" : v.toString();
  }

  static Set<String> sorted(Set<String> ids) {
    return ids == null ? Set.of() : new TreeSet<>(ids);
  }
}
