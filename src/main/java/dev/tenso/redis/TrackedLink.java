package dev.tenso.redis;

import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.TrackingArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.push.PushMessage;
import io.lettuce.core.codec.StringCodec;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * A connection of one Lettuce client on which Redis tracks the keys read ({@code CLIENT
 * TRACKING ON}, RESP3), for {@link TrackedHashes}: it tells when tracking is on or off (off when
 * the connection drops; on again once Redis said OK on the new one, since Redis forgets what it
 * tracked for a closed connection), and which keys Redis says changed (all of them on a flush);
 * and reads hashes on it.
 */
final class TrackedLink implements RedisConnectionStateListener {
  /** What a link tells. Called on Lettuce's I/O thread: nothing here may block. */
  interface Told {
    /** Tracking is now on or off on {@code from}. */
    void tracking(TrackedLink from, boolean on);

    /** Redis says these keys changed. */
    void changed(List<?> keys);

    /** Redis says every key changed (FLUSHDB, FLUSHALL). */
    void everything();
  }

  private final StatefulRedisConnection<String, String> connection;
  private final RedisClient client;
  private final Told told;

  TrackedLink(RedisClient client, Told told) {
    this.client = client;
    this.told = told;
    this.connection = client.connect(StringCodec.UTF8);
    connection.addListener(this::pushed);
    client.addListener(this);
  }

  /** Turns tracking on; told once Redis answered. */
  RedisFuture<String> track() {
    RedisFuture<String> on = connection.async().clientTracking(TrackingArgs.Builder.enabled());
    on.thenAccept(ok -> told.tracking(this, "OK".equals(ok)));
    return on;
  }

  /**
   * The hashes at {@code keys} (empty maps when missing), in one command: an {@code HGETALL}, or
   * for several keys a script reading each (Redis tracks a script's keys for the connection that
   * ran it, as if it had read them itself). Unmodifiable maps.
   */
  List<Map<Object, Object>> hashes(List<String> keys) {
    if (keys.size() == 1) {
      return List.of(Map.copyOf(Pipelines.answer(connection.async().hgetall(keys.get(0)))));
    }
    String[] at = keys.toArray(String[]::new);
    List<Object> all;
    try {
      all = Pipelines.answer(connection.async().evalsha(HGETALL_EACH_SHA,
          ScriptOutputType.MULTI, at));
    } catch (RedisNoScriptException e) { // a server that has not got it yet (new, restarted)
      all = Pipelines.answer(connection.async().eval(HGETALL_EACH, ScriptOutputType.MULTI,
          at));
    }
    List<Map<Object, Object>> out = new ArrayList<>(all.size());
    for (Object flat : all) {
      out.add(hash((List<?>) flat));
    }
    return out;
  }

  /** One script reading each hash of its keys: fields and values in turn, in order. */
  private static final String HGETALL_EACH = """
      local out = {}
      for i, key in ipairs(KEYS) do out[i] = redis.call('HGETALL', key) end
      return out
      """;
  private static final String HGETALL_EACH_SHA = RedisScript.of(HGETALL_EACH).getSha1();

  /** A hash as a script gives it (fields and values in turn), as an unmodifiable map. */
  private static Map<Object, Object> hash(List<?> flat) {
    Map<Object, Object> h = new HashMap<>(flat.size());
    for (int i = 0; i + 1 < flat.size(); i += 2) {
      h.put(flat.get(i), flat.get(i + 1));
    }
    return Map.copyOf(h);
  }

  private void pushed(PushMessage message) {
    if (!"invalidate".equals(message.getType())) {
      return;
    }
    List<Object> content = message.getContent(StringCodec.UTF8::decodeKey);
    Object keys = content.size() > 1 ? content.get(1) : null;
    if (keys instanceof List<?> changed) {
      told.changed(changed);
    } else {
      told.everything();
    }
  }

  /** Dropped: tracking is off until it is on again on the new connection. */
  @Override
  public void onRedisDisconnected(RedisChannelHandler<?, ?> handler) {
    if (handler == connection) {
      told.tracking(this, false);
    }
  }

  /** Back: track again. */
  @Override
  public void onRedisConnected(RedisChannelHandler<?, ?> handler, SocketAddress local) {
    if (handler == connection) {
      told.tracking(this, false);
      track();
    }
  }

  void close() {
    client.removeListener(this);
    connection.close();
  }
}
