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
 * Console mode ({@link ConsoleMode}): records the decision and, when on, gives the phone channel
 * the settings it would otherwise lack, so that it runs exactly as with Twilio: an auth token
 * generated for this run (known only to this process, never logged) and the public URL
 * {@code http://localhost:<port>} (the port left as a placeholder, read when the channel starts).
 * A setting that is configured is never replaced. (The Slack channel's settings come with its
 * Web API stand-in: Bolt calls {@code auth.test} while the servlet is registered, before this
 * server listens, so the stand-in cannot be an endpoint of this server.)
 */
public final class ConsoleEnvironmentPostProcessor implements EnvironmentPostProcessor {
  static final String SOURCE = "tensoConsole";
  static final String LOCAL_URL = "http://localhost:${server.port:8080}";
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
    }
    env.getPropertySources().addFirst(new MapPropertySource(SOURCE, settings));
  }

  private static String random() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
