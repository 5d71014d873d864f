package dev.tenso.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tenso.console.*}: the console, a demo page at {@code /console} that drives the real Slack
 * and phone channels as any user. It is on by itself when no Slack or Twilio credentials are set
 * (decided once, at start, by {@link ConsoleEnvironmentPostProcessor}).
 *
 * @param enabled {@code true}: on even with real credentials; {@code false}: off; unset or blank:
 *     on exactly when no Slack or Twilio credentials are set
 * @param allowRemote answer requests from other machines too (and through a proxy); by default
 *     the console answers only requests from the loopback address that no proxy forwarded
 */
@ConfigurationProperties("tenso.console")
public record ConsoleProperties(String enabled, boolean allowRemote) {}
