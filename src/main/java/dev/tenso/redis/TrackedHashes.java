package dev.tenso.redis;

import io.lettuce.core.RedisClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
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
 * node tracks only its own keys, on a server that cannot track (before Redis 6, or RESP2), and
 * while stopped: it starts and stops with the connection factory (a {@link SmartLifecycle}
 * started after it and stopped before it), whose client it connects through.
 */
public final class TrackedHashes implements SmartLifecycle, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TrackedHashes.class);
  private static final TrackedHashes OFF = new TrackedHashes(null, 0, Duration.ZERO);

  private final LettuceConnectionFactory factory;
  private final int max;
  private final long maxAgeNanos;
  private final Map<String, Kept> kept = new ConcurrentHashMap<>();
  private final AtomicLong epoch = new AtomicLong();
  /** The tracked connection while started and tracking could be turned on, else null. */
  private volatile TrackedLink link;
  private volatile boolean tracking;

  /** Numbers the hashes read, in the order read: two reads of a key give two numbers. */
  private static final AtomicLong READS = new AtomicLong();

  /** A hash as read, when, its number, and the last value decoded from it (by which decoder). */
  private static final class Kept {
    final Map<Object, Object> hash;
    final long readAt;
    final long read = READS.incrementAndGet();
    volatile Decoded decoded;

    Kept(Map<Object, Object> hash, long readAt) {
      this.hash = hash;
      this.readAt = readAt;
    }

    Map<Object, Object> hash() {
      return hash;
    }

    long readAt() {
      return readAt;
    }
  }

  private record Decoded(Function<Map<Object, Object>, ?> by, Object value) {}

  private TrackedHashes(LettuceConnectionFactory factory, int max, Duration maxAge) {
    this.factory = factory;
    this.max = max;
    this.maxAgeNanos = maxAge.toNanos();
  }

  /** Reads nothing itself: every {@link #hash} is empty, the caller reads as before. */
  public static TrackedHashes off() {
    return OFF;
  }

  /**
   * Hashes tracked on a connection of the factory's client (one server or Sentinels), started
   * now; {@link #off()} on a cluster. Off meanwhile if the server cannot track.
   */
  public static TrackedHashes connect(RedisConnectionFactory factory, int max, Duration maxAge) {
    if (!(factory instanceof LettuceConnectionFactory lettuce)
        || !(lettuce.getNativeClient() instanceof RedisClient)) {
      return OFF;
    }
    TrackedHashes t = new TrackedHashes(lettuce, max, maxAge);
    t.start();
    return t;
  }

  /** What the link tells, for the link this holds now only. */
  private final class Told implements TrackedLink.Told {
    @Override
    public void tracking(TrackedLink from, boolean on) {
      forgetAll();
      tracking = on && link == from;
    }

    @Override
    public void changed(List<?> keys) {
      epoch.incrementAndGet();
      keys.forEach(kept::remove);
    }

    @Override
    public void everything() {
      forgetAll();
    }
  }

  @Override
  public synchronized void start() {
    if (factory == null || link != null) {
      return;
    }
    TrackedLink l = null;
    try {
      l = new TrackedLink((RedisClient) factory.getNativeClient(), new Told());
      link = l;
      l.track().get(2, TimeUnit.SECONDS);
    } catch (RuntimeException | ExecutionException | TimeoutException e) {
      LOG.info("Redis does not track keys for this client ({}): hashes are read each time",
          e.getClass().getSimpleName());
      link = null;
      tracking = false;
      if (l != null) {
        l.close();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      link = null;
    }
  }

  @Override
  public synchronized void stop() {
    TrackedLink l = link;
    link = null;
    tracking = false;
    forgetAll();
    if (l != null) {
      l.close();
    }
  }

  @Override
  public boolean isRunning() {
    return link != null;
  }

  @Override
  public void close() {
    stop();
  }

  /**
   * The hash at {@code key} (empty map when missing), from memory while Redis has not told of a
   * change, else read and kept; empty when off.
   */
  public Optional<Map<Object, Object>> hash(String key) {
    return hashes(List.of(key)).map(all -> all.get(0));
  }

  /**
   * The hashes at {@code keys} (empty maps when missing), in order: those kept from memory, the
   * others read together (one command) and kept; empty when off.
   */
  public Optional<List<Map<Object, Object>>> hashes(List<String> keys) {
    return entries(keys).map(all -> all.stream().map(Kept::hash).toList());
  }

  /**
   * The values {@code decode} makes of the hashes at {@code keys} (each decoder given the hash,
   * an empty map when missing), in order, as {@link #hashes}: what a decoder made of a kept hash
   * is kept with it, so a hash that did not change is decoded once. The values must not change.
   */
  public Optional<List<Object>> values(List<String> keys,
      List<? extends Function<Map<Object, Object>, ?>> decode) {
    return decoded(keys, decode).map(Decodes::values);
  }

  /**
   * What {@link #values} gives, with the number of each hash's read: two decodes of the same
   * keys with the same numbers were made of the very same hashes.
   */
  public record Decodes(List<Object> values, long[] reads) {}

  /** {@link #values}, with the number of each hash's read. */
  public Optional<Decodes> decoded(List<String> keys,
      List<? extends Function<Map<Object, Object>, ?>> decode) {
    return entries(keys).map(all -> {
      List<Object> out = new ArrayList<>(all.size());
      long[] reads = new long[all.size()];
      for (int i = 0; i < all.size(); i++) {
        Kept k = all.get(i);
        Function<Map<Object, Object>, ?> by = decode.get(i);
        Decoded d = k.decoded;
        if (d == null || d.by() != by) {
          d = new Decoded(by, by.apply(k.hash()));
          k.decoded = d;
        }
        out.add(d.value());
        reads[i] = k.read;
      }
      return new Decodes(out, reads);
    });
  }

  /** The kept or read entries of {@code keys}; empty when off. */
  private Optional<List<Kept>> entries(List<String> keys) {
    TrackedLink l = link;
    if (l == null) {
      return Optional.empty();
    }
    List<Kept> out = new ArrayList<>(keys.size());
    List<Integer> missing = null;
    boolean keep = tracking;
    long now = System.nanoTime();
    for (int i = 0; i < keys.size(); i++) {
      Kept k = keep ? kept.get(keys.get(i)) : null;
      if (k != null && now - k.readAt() < maxAgeNanos) {
        out.add(k);
      } else {
        out.add(null);
        if (missing == null) {
          missing = new ArrayList<>();
        }
        missing.add(i);
      }
    }
    if (missing != null) {
      read(l, keys, missing, out, keep);
    }
    return Optional.of(out);
  }

  /**
   * Reads the missing hashes in one command (one {@code HGETALL}, or a script reading each key it
   * is given: Redis tracks a script's keys for the connection that ran it) and keeps each unless
   * an invalidation came meanwhile.
   */
  private void read(TrackedLink l, List<String> keys, List<Integer> missing, List<Kept> out,
      boolean keep) {
    long before = epoch.get();
    long readAt = System.nanoTime();
    RedisFailures.run(() -> {
      List<Map<Object, Object>> read = l.hashes(missing.stream().map(keys::get).toList());
      for (int j = 0; j < missing.size(); j++) {
        out.set(missing.get(j), new Kept(read.get(j), readAt));
      }
    });
    if (!keep) {
      return;
    }
    if (kept.size() + missing.size() > max) {
      kept.clear();
    }
    for (int i : missing) {
      kept.put(keys.get(i), out.get(i));
    }
    if (epoch.get() != before) {
      missing.forEach(i -> kept.remove(keys.get(i)));
    }
  }

  /**
   * True when each of {@code keys} is still kept from the read numbered as in {@code reads}
   * (see {@link Decodes}): a read of them now would give those very hashes, without reading.
   */
  public boolean stillKept(String[] keys, long[] reads) {
    if (!tracking || keys.length != reads.length) {
      return false;
    }
    long now = System.nanoTime();
    for (int i = 0; i < keys.length; i++) {
      Kept k = kept.get(keys[i]);
      if (k == null || k.read != reads[i] || now - k.readAt() >= maxAgeNanos) {
        return false;
      }
    }
    return tracking;
  }

  /** True when reads go through here (false: off, the caller reads as before). */
  public boolean on() {
    return link != null;
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
}
