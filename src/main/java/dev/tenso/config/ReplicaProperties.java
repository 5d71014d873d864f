package dev.tenso.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tenso.redis.*}: how a forwarding change waits for replicas when Redis runs behind
 * Sentinels.
 *
 * @param waitReplicas replicas that must have a change before it is answered done (WAIT); 0
 *     answers done once the primary has it
 * @param waitTimeout how long a change waits for them; past it the caller is told "temporarily
 *     unavailable"
 * @param waitLanes connections of their own the changes that wait use (WAIT blocks its connection)
 */
@ConfigurationProperties("tenso.redis")
public record ReplicaProperties(@DefaultValue("1") int waitReplicas,
    @DefaultValue("500ms") Duration waitTimeout, @DefaultValue("8") int waitLanes) {}
