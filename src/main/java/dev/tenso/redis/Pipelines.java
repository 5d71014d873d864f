package dev.tenso.redis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.ReturnType;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Pipelines of single-slot commands and scripts: one round trip for many, on one server or on a
 * cluster (where Lettuce sends each command to the node of its key). A script is run by its SHA
 * after one {@code SCRIPT LOAD} (on a cluster, Lettuce loads it into every primary).
 */
final class Pipelines {
  private Pipelines() {}

  /** The answers of the commands {@code commands} sends, in order. */
  static List<Object> run(StringRedisTemplate redis, Consumer<RedisConnection> commands) {
    return RedisFailures.call(() -> redis.executePipelined((RedisCallback<Object>) c -> {
      commands.accept(c);
      return null;
    }));
  }

  /** One run of {@code script} per element of {@code calls} (keys, then arguments), in order. */
  static List<Object> scripts(StringRedisTemplate redis, RedisScript<?> script,
      List<Call> calls) {
    if (calls.isEmpty()) {
      return List.of();
    }
    RedisFailures.run(() -> redis.execute((RedisCallback<String>) c ->
        c.scriptingCommands().scriptLoad(
            script.getScriptAsString().getBytes(StandardCharsets.UTF_8))));
    return run(redis, c -> {
      for (Call call : calls) {
        List<byte[]> keysAndArgs = new ArrayList<>(call.keys().size() + call.args().size());
        call.keys().forEach(k -> keysAndArgs.add(k.getBytes(StandardCharsets.UTF_8)));
        call.args().forEach(a -> keysAndArgs.add(a.getBytes(StandardCharsets.UTF_8)));
        c.scriptingCommands().evalSha(script.getSha1(), ReturnType.fromJavaType(
            script.getResultType()), call.keys().size(), keysAndArgs.toArray(new byte[0][]));
      }
    });
  }

  /** An answer as text (a pipeline may give bytes). */
  static String text(Object o) {
    return o instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : String.valueOf(o);
  }

  /** One run of a script: its keys (all in one slot) and its arguments. */
  record Call(List<String> keys, List<String> args) {}
}
