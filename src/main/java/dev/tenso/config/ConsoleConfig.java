package dev.tenso.config;

import dev.tenso.console.ConsoleApi;
import dev.tenso.console.ConsoleChatApi;
import dev.tenso.console.ConsolePage;
import dev.tenso.console.LoopbackOnly;
import dev.tenso.console.SlackLog;
import dev.tenso.console.SlackRelay;
import dev.tenso.console.SlackStandIn;
import dev.tenso.console.TwilioRelay;
import dev.tenso.core.auth.AuthStores;
import dev.tenso.core.auth.DemoAuthenticator;
import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.Users;
import dev.tenso.mail.EmbeddedSmtp;
import dev.tenso.messages.Catalogs;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The console ({@code /console}), only in console mode ({@link ConsoleMode}): its page and JSON,
 * the loopback guard in front of both, the demo authenticator, and the start-up's last log line
 * naming its URL. The channels it drives are the real ones, wired as always.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ConsoleMode.On.class)
@EnableConfigurationProperties({ConsoleProperties.class, TwilioProperties.class,
    PublicUrlProperties.class, TensoMailProperties.class})
public class ConsoleConfig {

  @Bean
  static ConsoleSlackStandInStart consoleSlackStandInStart() {
    return new ConsoleSlackStandInStart();
  }

  @Bean
  DemoAuthenticator demoAuthenticator(Users users, AuthStores stores, Clock clock) {
    return new DemoAuthenticator(users, stores.totpSecrets(), clock);
  }

  @Bean
  ConsoleApi consoleApi(Catalogs catalogs, Users users, DemoAuthenticator authenticator,
      ObjectProvider<EmbeddedSmtp> smtp, TwilioProperties twilio, PublicUrlProperties url,
      TensoMailProperties mail, org.springframework.core.env.Environment env) {
    Optional<TwilioRelay> relay = twilio.enabled()
        ? Optional.of(new TwilioRelay(twilio.authToken(), VoiceConfig.publicUrl(url)))
        : Optional.empty();
    Optional<EmbeddedSmtp> embedded = Optional.ofNullable(smtp.getIfAvailable());
    Map<String, Object> info = Map.of("phone", relay.isPresent(),
        "chat", "true".equals(env.getProperty(ConsoleEnvironmentPostProcessor.SLACK_STAND_IN)),
        "command", env.getProperty("tenso.slack.command", "/forward"),
        "mailbox", embedded.isPresent(), "accessNumber", mail.phoneNumber());
    return new ConsoleApi(catalogs.chat(), users, authenticator, embedded, relay, info);
  }

  @Bean
  RouterFunction<ServerResponse> consoleApiRoutes(ConsoleApi api) {
    return api.routes();
  }

  /** The chat pane, when the console provides the Slack settings and their stand-in. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(ConsoleEnvironmentPostProcessor.SLACK_STAND_IN)
  @EnableConfigurationProperties(SlackProperties.class)
  static class Chat {
    @Bean
    RouterFunction<ServerResponse> consoleChatRoutes(SlackProperties slack, SlackStandIn standIn,
        SlackLog log, Clock clock) {
      SlackProperties p = slack.checked();
      return new ConsoleChatApi(new SlackRelay(p.signingSecret(), p.command(), standIn.base(),
          clock), log).routes();
    }
  }

  @Bean
  RouterFunction<ServerResponse> consolePageRoutes() {
    return ConsolePage.routes();
  }

  @Bean
  FilterRegistrationBean<LoopbackOnly> consoleLoopbackOnly(ConsoleProperties properties,
      Catalogs catalogs) {
    String refusal = catalogs.chat().text("console.refused", Language.JA) + "\n"
        + catalogs.chat().text("console.refused", Language.EN) + "\n";
    var registration = new FilterRegistrationBean<>(
        new LoopbackOnly(properties.allowRemote(), refusal));
    registration.addUrlPatterns("/", "/console", "/console/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** The start-up's last line: where the console is, and that it is a demo tool. */
  @Bean
  ApplicationListener<ApplicationReadyEvent> consoleUrlAtStart(ConsoleProperties properties) {
    return event -> {
      int port = event.getApplicationContext() instanceof WebServerApplicationContext web
          ? web.getWebServer().getPort() : 8080;
      LoggerFactory.getLogger(ConsoleConfig.class).info("Console mode: open http://localhost:{}"
          + "/console/ to try tenso (a demo tool that acts as any user; it answers {})", port,
          properties.allowRemote() ? "every address (tenso.console.allow-remote=true)"
              : "this machine only");
    };
  }
}
