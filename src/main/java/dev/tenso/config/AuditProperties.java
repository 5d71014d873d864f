package dev.tenso.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tenso.audit.*}: the audit streams.
 *
 * @param retention how long audit events are kept; older ones are trimmed (MINID) whenever their
 *     stream is written
 */
@ConfigurationProperties("tenso.audit")
public record AuditProperties(@DefaultValue("400d") Duration retention) {}
