package dev.tenso.redis;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.common.StoreUnavailableException;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.forwarding.ForwardingStore;
import dev.tenso.core.forwarding.RoutingDecision;
import dev.tenso.core.forwarding.Versioned;
import dev.tenso.core.inventory.IpNumber;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A forwarding change answered done only once {@code replicas} replicas have it: the change's
 * script and then {@code WAIT} (at most {@code timeout}) on one of a few connections of its own
 * ("lanes"), since WAIT counts the writes of its connection and blocks it meanwhile (on the
 * connection every other request shares, one slow replica would stall them all). When too few
 * replicas answer in time the change is on the primary only: the caller is told "temporarily
 * unavailable", not done; it survives unless the primary is lost before a replica copies it.
 * A change that finds no lane free within {@link #LANE_WAIT} (every lane waiting on a replica
 * that does not answer) is refused as "temporarily unavailable" with nothing written, so that no
 * caller queues behind the others' waits.
 */
public final class ReplicatedForwardingStore implements ForwardingStore {
  /** How long a change waits for a free lane before it is refused, nothing written. */
  static final Duration LANE_WAIT = Duration.ofMillis(1_000);

  private final RedisForwardingStore store;
  private final BlockingQueue<StatefulRedisConnection<String, String>> lanes;
  private final int replicas;
  private final Duration timeout;

  /** @param lanes connections to the primary (through the Sentinels), used one change at a time */
  public ReplicatedForwardingStore(RedisForwardingStore store,
      List<StatefulRedisConnection<String, String>> lanes, int replicas, Duration timeout) {
    this.store = store;
    this.lanes = new ArrayBlockingQueue<>(lanes.size(), false, lanes);
    this.replicas = replicas;
    this.timeout = timeout;
  }

  /** A free lane, waiting at most {@link #LANE_WAIT}. */
  private StatefulRedisConnection<String, String> take() {
    try {
      var lane = lanes.poll(LANE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      if (lane == null) {
        throw new StoreUnavailableException(
            "no connection was free to write and wait for a replica", null);
      }
      return lane;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreUnavailableException("interrupted waiting to write", e);
    }
  }

  /** The change's script by its SHA; sent whole only to a server that does not know it yet. */
  private static Long cas(StatefulRedisConnection<String, String> lane, Pipelines.Call cas) {
    String[] keys = cas.keys().toArray(new String[0]);
    String[] args = cas.args().toArray(new String[0]);
    try {
      return lane.sync().evalsha(Scripts.FORWARDING_CAS.getSha1(), ScriptOutputType.INTEGER,
          keys, args);
    } catch (RedisNoScriptException e) {
      return lane.sync().eval(Scripts.FORWARDING_CAS.getScriptAsString(),
          ScriptOutputType.INTEGER, keys, args);
    }
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
    var lane = take();
    long acked;
    try {
      Long written = RedisFailures.call(() -> cas(lane, cas));
      if (written == null || written != 1L) {
        return false;
      }
      acked = RedisFailures.call(() -> lane.sync().waitForReplication(replicas,
          timeout.toMillis()));
    } finally {
      lanes.add(lane);
    }
    store.changed(cas);
    if (acked < replicas) {
      throw new StoreUnavailableException("the change was not confirmed by a replica in time",
          null);
    }
    return true;
  }
}
