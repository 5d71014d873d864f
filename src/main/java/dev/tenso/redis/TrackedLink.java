package dev.tenso.redis;

import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.TrackingArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.push.PushMessage;
import io.lettuce.core.codec.StringCodec;
import java.net.SocketAddress;
import java.util.List;

/**
 * A connection of one Lettuce client on which Redis tracks the keys read ({@code CLIENT
 * TRACKING ON}, RESP3), for {@link TrackedHashes}: it tells when tracking is on or off (off when
 * the connection drops; on again once Redis said OK on the new one, since Redis forgets what it
 * tracked for a closed connection), and which keys Redis says changed (all of them on a flush).
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

  final StatefulRedisConnection<String, String> connection;
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
