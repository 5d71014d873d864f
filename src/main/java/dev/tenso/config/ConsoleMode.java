package dev.tenso.config;

import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether the console is on: as {@code tenso.console.enabled} says, and when it says nothing,
 * exactly when none of the channels' credentials is set. Decided once, before the settings the
 * console generates are added ({@link ConsoleEnvironmentPostProcessor} records the decision as
 * {@value #ACTIVE}, which {@link On} reads).
 */
final class ConsoleMode {
  static final String ENABLED = "tenso.console.enabled";
  static final String ACTIVE = "tenso.console.active";
  static final List<String> CREDENTIALS = List.of("tenso.twilio.auth-token",
      "tenso.slack.signing-secret", "tenso.slack.bot-token", "tenso.slack.app-token");

  private ConsoleMode() {}

  /** The decision, from the settings as configured (before the console adds any). */
  static boolean decide(Environment env) {
    String explicit = env.getProperty(ENABLED, "").strip().toLowerCase(Locale.ROOT);
    if (!explicit.isEmpty()) {
      if (!explicit.equals("true") && !explicit.equals("false")) {
        throw new IllegalArgumentException(ENABLED + " must be true, false or unset");
      }
      return explicit.equals("true");
    }
    return CREDENTIALS.stream().noneMatch(p -> RedisConfig.hasText(env, p));
  }

  /** True when the decision recorded at start says on. */
  static final class On implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return "true".equals(context.getEnvironment().getProperty(ACTIVE));
    }
  }
}
