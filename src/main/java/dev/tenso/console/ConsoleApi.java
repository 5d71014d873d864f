package dev.tenso.console;

import dev.tenso.core.auth.DemoAuthenticator;
import dev.tenso.core.common.InvalidValueException;
import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.Users;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.mail.EmbeddedSmtp;
import dev.tenso.messages.MessageCatalog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The console page's JSON: its texts, what is available, a user looked up by email or phone (an
 * index read, never the directory), the demo authenticator's code, the embedded SMTP server's
 * latest mails, and Twilio's posts for the phone pane ({@link TwilioRelay}).
 */
public final class ConsoleApi {
  static final String BASE = "/console/api/";
  private static final int MAILS = 50;

  private final Map<String, Map<String, String>> texts;
  private final Users users;
  private final DemoAuthenticator authenticator;
  private final Optional<EmbeddedSmtp> smtp;
  private final Optional<TwilioRelay> twilio;
  private final Map<String, Object> info;

  /**
   * @param info what the page is told of the set-up (which panes work, the access number)
   * @param twilio empty when the phone channel is off
   * @param smtp empty when mail goes to a configured SMTP server
   */
  public ConsoleApi(MessageCatalog chat, Users users, DemoAuthenticator authenticator,
      Optional<EmbeddedSmtp> smtp, Optional<TwilioRelay> twilio, Map<String, Object> info) {
    this.texts = texts(chat);
    this.users = users;
    this.authenticator = authenticator;
    this.smtp = smtp;
    this.twilio = twilio;
    this.info = Map.copyOf(info);
  }

  public RouterFunction<ServerResponse> routes() {
    return RouterFunctions.route()
        .GET(BASE + "info", r -> ServerResponse.ok().body(info))
        .GET(BASE + "texts", r -> ServerResponse.ok().body(texts))
        .GET(BASE + "user", this::user)
        .GET(BASE + "totp", this::totp)
        .GET(BASE + "mails", r -> ServerResponse.ok().body(Map.of("available", smtp.isPresent(),
            "mails", smtp.map(s -> s.recent(MAILS)).orElse(List.of()))))
        .POST(BASE + "twilio", this::twilio)
        .build();
  }

  /** A user by login email or by phone (exactly one user's): what the panes need of them. */
  private ServerResponse user(ServerRequest r) {
    String who = r.param("who").orElse("").strip();
    Optional<User> user;
    try {
      user = who.contains("@") ? users.byEmail(Email.of(who))
          : Optional.of(users.byPhone(who.replaceAll("[^0-9]", ""), 2))
              .filter(l -> l.size() == 1 && !who.isBlank()).map(l -> l.get(0));
    } catch (InvalidValueException e) {
      user = Optional.empty();
    }
    return user.map(u -> ServerResponse.ok().body(view(u)))
        .orElseGet(() -> ServerResponse.notFound().build());
  }

  private static Map<String, Object> view(User u) {
    return Map.of("email", u.email().value(), "name", u.name(), "phone", u.phone(),
        "mobile", u.mobile(), "language", u.language().code(),
        "secondFactor", u.secondFactor().name(), "role", u.role().name(),
        "status", u.status().name(),
        "numbers", u.numbers().stream().sorted().map(IpNumber::display).toList());
  }

  private ServerResponse totp(ServerRequest r) {
    DemoAuthenticator.Aid aid;
    try {
      aid = authenticator.now(Email.of(r.param("email").orElse("")));
    } catch (InvalidValueException e) {
      aid = new DemoAuthenticator.Aid(DemoAuthenticator.Status.NO_KEY, Optional.empty(), 0);
    }
    return ServerResponse.ok().body(Map.of("status", aid.status().name(),
        "code", aid.code().orElse(""), "secondsLeft", aid.secondsLeft()));
  }

  /** The page's request for a Twilio post. */
  record TwilioPost(String url, Map<String, String> params) {}

  private ServerResponse twilio(ServerRequest r) throws Exception {
    if (twilio.isEmpty()) {
      return ServerResponse.status(HttpStatus.CONFLICT).build();
    }
    TwilioPost post = r.body(TwilioPost.class);
    return twilio.get().post(post.url(), post.params() == null ? Map.of() : post.params(),
            localBase(r))
        .map(a -> ServerResponse.ok().body(a))
        .orElseGet(() -> ServerResponse.badRequest().build());
  }

  /** This server, as the request reached it (the channels are posted to here). */
  static String localBase(ServerRequest r) {
    String host = r.servletRequest().getLocalAddr();
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
        + r.servletRequest().getLocalPort();
  }

  /** Every {@code console.*} text, by key without the prefix, in each language. */
  static Map<String, Map<String, String>> texts(MessageCatalog chat) {
    Map<String, Map<String, String>> out = new TreeMap<>();
    for (Language lang : Language.values()) {
      Map<String, String> one = new TreeMap<>();
      chat.keys().stream().filter(k -> k.startsWith("console."))
          .forEach(k -> one.put(k.substring("console.".length()), chat.template(k, lang)));
      out.put(lang.code(), Map.copyOf(one));
    }
    return Map.copyOf(out);
  }
}
