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
 * Console mode ({@link ConsoleMode}): records the decision and, when on, gives the real channels
 * the settings they would otherwise lack, so that they run exactly as with Slack and Twilio: a
 * Twilio auth token and a Slack signing secret and bot token generated for this run (known only
 * to this process, never logged), the public URL {@code http://localhost:<port>}, and the Slack
 * Web API at the console's own stand-in ({@code /console/slack-api/}). A setting that is
 * configured is never replaced. The port is left as a placeholder, read when the channels start.
 */
public final class ConsoleEnvironmentPostProcessor implements EnvironmentPostProcessor {
  static final String SOURCE = "tensoConsole";
  static final String LOCAL_URL = "http://localhost:${server.port:8080}";
  static final String SLACK_API = LOCAL_URL + "/console/slack-api/";
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
        settings.put("tenso.slack.api-url", SLACK_API);
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
