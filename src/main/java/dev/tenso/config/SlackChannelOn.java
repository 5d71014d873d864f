package dev.tenso.config;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when a Slack bot token or signing secret is set: the Slack channel is wanted. */
final class SlackChannelOn implements Condition {
  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return RedisConfig.hasText(context.getEnvironment(), "tenso.slack.signing-secret")
        || RedisConfig.hasText(context.getEnvironment(), "tenso.slack.bot-token");
  }
}
