package dev.tenso.redis;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.common.StoreUnavailableException;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.forwarding.ForwardingStore;
import dev.tenso.core.forwarding.RoutingDecision;
import dev.tenso.core.forwarding.Versioned;
import dev.tenso.core.inventory.IpNumber;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A forwarding change answered done only once {@code replicas} replicas have it: the change's
 * script and then {@code WAIT} (at most {@code timeout}) on one of a few connections of its own
 * ("lanes"), since WAIT counts the writes of its connection and blocks it meanwhile (on the
 * connection every other request shares, one slow replica would stall them all). When too few
 * replicas answer in time the change is on the primary only: the caller is told "temporarily
 * unavailable", not done; it survives unless the primary is lost before a replica copies it.
 */
public final class ReplicatedForwardingStore implements ForwardingStore {
  private final RedisForwardingStore store;
  private final List<StatefulRedisConnection<String, String>> lanes;
  private final int replicas;
  private final Duration timeout;
  private final AtomicInteger next = new AtomicInteger();

  /** @param lanes connections to the primary (through the Sentinels), used one change at a time */
  public ReplicatedForwardingStore(RedisForwardingStore store,
      List<StatefulRedisConnection<String, String>> lanes, int replicas, Duration timeout) {
    this.store = store;
    this.lanes = List.copyOf(lanes);
    this.replicas = replicas;
    this.timeout = timeout;
  }

  @Override
  public Versioned<ForwardingSetting> get(IpNumber number) {
    return store.get(number);
  }

  @Override
  public boolean compareAndSet(IpNumber number, long expectedVersion, ForwardingSetting setting,
      RoutingDecision route, AuditEvent event) {
    Pipelines.Call cas = RedisForwardingStore.cas(number, expectedVersion, setting, route, event,
        store.feed().minId());
    var lane = lanes.get(Math.floorMod(next.getAndIncrement(), lanes.size()));
    long acked;
    synchronized (lane) {
      Long written = RedisFailures.call(() -> lane.sync().eval(
          Scripts.FORWARDING_CAS.getScriptAsString(), ScriptOutputType.INTEGER,
          cas.keys().toArray(new String[0]), cas.args().toArray(new String[0])));
      if (written == null || written != 1L) {
        return false;
      }
      acked = RedisFailures.call(() -> lane.sync().waitForReplication(replicas,
          timeout.toMillis()));
    }
    store.feed().afterChange(cas.keys().get(2));
    if (acked < replicas) {
      throw new StoreUnavailableException("the change was not confirmed by a replica in time",
          null);
    }
    return true;
  }
}
