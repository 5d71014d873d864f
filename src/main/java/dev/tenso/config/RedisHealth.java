package dev.tenso.config;

import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Redis in {@code /actuator/health}: UP with its version, or DOWN with the error. Boot's own
 * indicator logs a warning with a stack trace at every probe while Redis is down; this one logs
 * one line when Redis stops answering and one when it answers again.
 */
final class RedisHealth implements HealthIndicator {
  private static final Logger LOG = LoggerFactory.getLogger(RedisHealth.class);
  private final RedisConnectionFactory factory;
  private final String address;
  private final AtomicReference<String> failing = new AtomicReference<>();

  RedisHealth(RedisConnectionFactory factory, String address) {
    this.factory = factory;
    this.address = address;
  }

  @Override
  public Health health() {
    try (RedisConnection c = factory.getConnection()) {
      Properties info = c.serverCommands().info("server");
      String version = info == null ? "unknown" : info.getProperty("redis_version", "unknown");
      if (failing.getAndSet(null) != null) {
        LOG.info("Redis at {} answers again; health is UP", address);
      }
      return Health.up().withDetail("version", version).build();
    } catch (RuntimeException e) {
      Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
      String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
      if (failing.getAndSet(error) == null) {
        LOG.warn("Redis at {} does not answer ({}); health is DOWN until it does", address, error);
      }
      return Health.down().withDetail("error", error).build();
    }
  }
}
