package dev.tenso.core.directory;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.common.Actor;
import dev.tenso.core.inventory.IpNumber;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The audit event of a change of one user, handed to {@link Users#create} / {@link Users#update}
 * so that it is stored by the same atomic write as the change. Its before and after are the
 * user's status and role, then every other field the change touched, with its value:
 * {@code status=ACTIVE role=GENERAL name="Com 太郎" groups=[東京営業]}. A user record holds no
 * secret (TOTP secrets, codes and tokens are kept by sign-in, apart from it), so each changed
 * field is recorded with its value.
 */
public final class UserAudit {
  /** The fields recorded when they change, in record order (id and createdAt never change). */
  private static final Map<String, Function<User, String>> FIELDS = fields();
  private static final Pattern BARE = Pattern.compile("[^\\s\"\\\\=\\[\\],]+");

  private UserAudit() {}

  /**
   * {@code actor} did {@code action} to the user, through the actor's channel; {@code before} is
   * null for a new user.
   */
  public static AuditEvent event(Instant at, Actor actor, String action, User before, User after) {
    return new AuditEvent(at, actor.auditName(), actor.channel().id(), action, "",
        after.id().value(), before == null ? "" : text(before, after), text(after, before));
  }

  /**
   * The audited state of {@code u}: {@code status=ACTIVE role=GENERAL}, then each field whose
   * value differs in {@code other} (none when other is null).
   */
  static String text(User u, User other) {
    StringBuilder b = new StringBuilder("status=" + u.status() + " role=" + u.role());
    if (other != null) {
      FIELDS.forEach((name, value) -> {
        String v = value.apply(u);
        if (!v.equals(value.apply(other))) {
          b.append(' ').append(name).append('=').append(v);
        }
      });
    }
    return b.toString();
  }

  private static Map<String, Function<User, String>> fields() {
    Map<String, Function<User, String>> m = new java.util.LinkedHashMap<>();
    m.put("name", u -> quoted(u.name()));
    m.put("email", u -> quoted(u.email().value()));
    m.put("phone", u -> quoted(u.phone()));
    m.put("mobile", u -> quoted(u.mobile()));
    m.put("language", u -> u.language().code());
    m.put("secondFactor", u -> u.secondFactor().name());
    m.put("title", u -> quoted(u.title()));
    m.put("timezone", u -> u.timezone().getId());
    m.put("groups", u -> list(u.groups().stream().sorted().toList()));
    m.put("numbers", u -> list(u.numbers().stream().map(IpNumber::display).sorted().toList()));
    m.put("comment", u -> quoted(u.comment()));
    m.put("lineNotification", u -> Boolean.toString(u.lineNotification()));
    return java.util.Collections.unmodifiableMap(m);
  }

  private static String list(List<String> items) {
    return items.stream().map(UserAudit::quoted).collect(Collectors.joining(",", "[", "]"));
  }

  /** The value as is when it is one plain word, else in double quotes with \" \\ \n escaped. */
  static String quoted(String v) {
    if (BARE.matcher(v).matches()) {
      return v;
    }
    return '"' + v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
        .replace("\r", "\\r") + '"';
  }
}
