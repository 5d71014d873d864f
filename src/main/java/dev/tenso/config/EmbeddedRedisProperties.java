package dev.tenso.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tenso.redis.*}: the embedded Redis, started when no Redis is configured.
 *
 * @param embeddedPort its port on 127.0.0.1 (0: any free port)
 */
@ConfigurationProperties("tenso.redis")
public record EmbeddedRedisProperties(@DefaultValue("6390") int embeddedPort) {}
