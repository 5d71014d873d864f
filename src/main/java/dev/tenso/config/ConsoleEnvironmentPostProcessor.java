package dev.tenso.config;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Console mode ({@link ConsoleMode}): records the decision and, when on, gives the channels the
 * settings they would otherwise lack, so that they run exactly as with Twilio and Slack: a Twilio
 * auth token, a Slack signing secret and bot token generated for this run (known only to this
 * process, never logged), and the public URL {@code http://localhost:<port>} (the port left as a
 * placeholder, read when the channel starts). The Slack Web API URL is the console's stand-in's,
 * set when it starts ({@link ConsoleSlackStandInStart}). A setting that is configured is never
 * replaced: with any Slack setting, the console has no chat.
 */
public final class ConsoleEnvironmentPostProcessor implements EnvironmentPostProcessor {
  static final String SOURCE = "tensoConsole";
  static final String LOCAL_URL = "http://localhost:${server.port:8080}";
  /** {@code true} when the console provides the Slack channel's settings (and its Web API). */
  static final String SLACK_STAND_IN = "tenso.console.slack-stand-in";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    boolean on = ConsoleMode.decide(env);
    Map<String, Object> settings = new HashMap<>();
    settings.put(ConsoleMode.ACTIVE, Boolean.toString(on));
    if (on) {
      if (!RedisConfig.hasText(env, "tenso.twilio.auth-token")) {
        settings.put("tenso.twilio.auth-token", random());
        if (!RedisConfig.hasText(env, "tenso.public-url")) {
          settings.put("tenso.public-url", LOCAL_URL);
        }
      }
      if (!RedisConfig.hasText(env, "tenso.slack.signing-secret")
          && !RedisConfig.hasText(env, "tenso.slack.bot-token")
          && !RedisConfig.hasText(env, "tenso.slack.app-token")) {
        settings.put("tenso.slack.signing-secret", random());
        settings.put("tenso.slack.bot-token", "xoxb-console-" + random());
        settings.put(SLACK_STAND_IN, "true");
      }
    }
    env.getPropertySources().addFirst(new MapPropertySource(SOURCE, settings));
  }

  private static String random() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
