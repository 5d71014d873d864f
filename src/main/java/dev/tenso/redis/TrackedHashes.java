package dev.tenso.redis;

import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandInterruptedException;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.TrackingArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.push.PushMessage;
import io.lettuce.core.codec.StringCodec;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Hashes read on a connection of their own with Redis server-assisted client-side caching
 * ({@code CLIENT TRACKING ON}, RESP3): Redis remembers which keys this connection read and pushes
 * an {@code invalidate} message on the same connection as soon as any client changes one (or
 * flushes the database); the hash is then read again. So a hash read once is answered from memory
 * until it changes, by whichever instance changed it.
 *
 * <ul>
 *   <li>A read races an invalidation: every invalidation moves an epoch first, and a read keeps
 *       what it read only if the epoch did not move while it was out (checked after keeping it).
 *   <li>The connection drops: nothing is kept from then on, everything kept is dropped, and only
 *       once tracking is on again on the new connection are reads kept again (Redis forgets the
 *       tracking of a closed connection; a Sentinel failover is such a drop).
 *   <li>A writer in this instance also drops the key itself ({@link #forget}) the moment its write
 *       is done, so its own next read never waits on the push.
 *   <li>Kept at most {@code maxAge} (a bound should a push ever be lost) and at most
 *       {@code max} hashes.
 * </ul>
 *
 * Off (every read goes to Redis, on the application's connection) on Redis Cluster, where each
 * node tracks only its own keys, and on a server that cannot track (before Redis 6, or RESP2).
 */
public final class TrackedHashes implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TrackedHashes.class);
  private static final TrackedHashes OFF = new TrackedHashes(null, null, 0, Duration.ZERO);

  private final RedisClient client;
  private final StatefulRedisConnection<String, String> connection;
  private final int max;
  private final long maxAgeNanos;
  private final Map<String, Kept> kept = new ConcurrentHashMap<>();
  private final AtomicLong epoch = new AtomicLong();
  private volatile boolean tracking;
  private final Reconnects reconnects = new Reconnects();

  private record Kept(Map<Object, Object> hash, long readAt) {}

  private TrackedHashes(RedisClient client, StatefulRedisConnection<String, String> connection,
      int max, Duration maxAge) {
    this.client = client;
    this.connection = connection;
    this.max = max;
    this.maxAgeNanos = maxAge.toNanos();
  }

  /** Reads nothing itself: every {@link #hash} is empty, the caller reads as before. */
  public static TrackedHashes off() {
    return OFF;
  }

  /**
   * A tracked connection of the factory's client (one server or Sentinels), or {@link #off()}
   * on a cluster or a server that cannot track.
   */
  public static TrackedHashes connect(RedisConnectionFactory factory, int max, Duration maxAge) {
    if (!(factory instanceof LettuceConnectionFactory lettuce)
        || !(lettuce.getNativeClient() instanceof RedisClient client)) {
      return OFF;
    }
    StatefulRedisConnection<String, String> c = null;
    try {
      c = client.connect(StringCodec.UTF8);
      TrackedHashes t = new TrackedHashes(client, c, max, maxAge);
      c.addListener(t::pushed);
      client.addListener(t.reconnects);
      t.track().get(2, TimeUnit.SECONDS);
      return t;
    } catch (RuntimeException | ExecutionException | TimeoutException e) {
      LOG.info("Redis does not track keys for this client ({}): hashes are read each time",
          e.getClass().getSimpleName());
      if (c != null) {
        c.closeAsync();
      }
      return OFF;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OFF;
    }
  }

  /**
   * The hash at {@code key} (empty map when missing), from memory while Redis has not told of a
   * change, else read and kept; empty when off.
   */
  public Optional<Map<Object, Object>> hash(String key) {
    if (connection == null) {
      return Optional.empty();
    }
    if (tracking) {
      Kept k = kept.get(key);
      if (k != null && System.nanoTime() - k.readAt() < maxAgeNanos) {
        return Optional.of(k.hash());
      }
    }
    long before = epoch.get();
    boolean keep = tracking;
    long readAt = System.nanoTime();
    Map<Object, Object> hash = RedisFailures.call(() -> answer(connection.async().hgetall(key)));
    if (keep) {
      if (kept.size() >= max) {
        kept.clear();
      }
      kept.put(key, new Kept(hash, readAt));
      if (epoch.get() != before) {
        kept.remove(key);
      }
    }
    return Optional.of(hash);
  }

  /** Drops what is kept for {@code key}: this instance has just written it. */
  public void forget(String key) {
    epoch.incrementAndGet();
    kept.remove(key);
  }

  /** Drops everything kept: this instance has just written many keys (an import). */
  public void forgetAll() {
    epoch.incrementAndGet();
    kept.clear();
  }

  /** True when reads are being kept (for tests). */
  boolean tracking() {
    return tracking;
  }

  /** Turns tracking on for the connection; reads are kept once Redis said OK. */
  private RedisFuture<String> track() {
    RedisFuture<String> on = connection.async().clientTracking(TrackingArgs.Builder.enabled());
    on.thenAccept(ok -> {
      forgetAll();
      tracking = "OK".equals(ok);
    });
    return on;
  }

  private void pushed(PushMessage message) {
    if (!"invalidate".equals(message.getType())) {
      return;
    }
    List<Object> content = message.getContent(StringCodec.UTF8::decodeKey);
    Object keys = content.size() > 1 ? content.get(1) : null;
    if (keys instanceof List<?> changed) {
      epoch.incrementAndGet();
      changed.forEach(kept::remove);
    } else {
      forgetAll(); // FLUSHDB, FLUSHALL: everything
    }
  }

  /** The tracked connection dropped (nothing kept from now) or came back (track again). */
  private final class Reconnects implements RedisConnectionStateListener {
    @Override
    public void onRedisDisconnected(RedisChannelHandler<?, ?> handler) {
      if (handler == connection) {
        tracking = false;
        forgetAll();
      }
    }

    @Override
    public void onRedisConnected(RedisChannelHandler<?, ?> handler, SocketAddress local) {
      if (handler == connection) {
        tracking = false;
        forgetAll();
        track();
      }
    }
  }

  /** The answer (Lettuce times the command out itself), as an unmodifiable map. */
  private static Map<Object, Object> answer(RedisFuture<Map<String, String>> future) {
    try {
      return Map.copyOf(future.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RedisCommandInterruptedException(e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new RedisException(e.getCause());
    }
  }

  @Override
  public void close() {
    if (connection != null) {
      client.removeListener(reconnects);
      connection.close();
    }
  }
}
