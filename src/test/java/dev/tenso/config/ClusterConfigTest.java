package dev.tenso.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.audit.AuditLog;
import dev.tenso.core.forwarding.ForwardingStore;
import dev.tenso.core.forwarding.RoutingDecision;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.testsupport.TestCluster;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code spring.data.redis.cluster.nodes} alone: tenso starts on the cluster and writes to it. */
@SpringBootTest
class ClusterConfigTest {
  @DynamicPropertySource
  static void redis(DynamicPropertyRegistry registry) {
    registry.add("spring.data.redis.cluster.nodes",
        () -> String.join(",", TestCluster.shared().addresses()));
  }

  @Autowired ApplicationContext context;

  @Test
  void theAdaptersWorkOnTheClusterAndAChangeIsAuditedInEveryView() {
    assertThat(context.getBeansOfType(EmbeddedRedis.class)).isEmpty();
    assertThat(context.getBean(dev.tenso.redis.TrackedHashes.class).hash("tenso:any"))
        .as("no client-side cache on a cluster: each node tracks only its own keys").isEmpty();
    assertThat(context.getBean(RedisStartupCheck.class).address())
        .isEqualTo("the Redis Cluster " + String.join(",", TestCluster.shared().addresses()));
    var store = context.getBean(ForwardingStore.class);
    var audit = context.getBean(AuditLog.class);
    IpNumber n = new IpNumber("05077770001");
    var v = store.get(n);
    var next = v.value().withEnabled(!v.value().enabled()).withSlot(1, "090-1234-5678");
    var event = new AuditEvent(Instant.now(), "cluster-user", "slack", "forwarding.change",
        n.digits(), "", "a", "b");

    assertThat(store.compareAndSet(n, v.version(), next,
        new RoutingDecision.RingTerminal("sip:a@example.com", 30), event)).isTrue();

    assertThat(store.get(n).value()).isEqualTo(next);
    assertThat(audit.forNumber(n.digits(), 1)).containsExactly(event);
    assertThat(audit.forUser("cluster-user", 1)).containsExactly(event);
  }
}
