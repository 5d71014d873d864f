package dev.tenso.redis;

import io.lettuce.core.RedisCommandInterruptedException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Many single-slot commands and scripts in one round trip, on one server or on a cluster (where
 * Lettuce sends each command to the node of its key): sent together on the connection every
 * command shares, then their answers awaited, with no connection of their own. A script is run
 * by its SHA, loaded only where a server does not know it yet. (The start-up and import paths
 * that pipeline thousands of commands use Spring's pipelines on a pooled connection instead.)
 */
final class Pipelines {
  private Pipelines() {}

  /**
   * One run of {@code script} per element of {@code calls} (keys, then arguments), in order, by
   * its SHA, sent together on the shared connection (Lettuce writes each without waiting for the
   * answers; on a cluster to the primary of its keys' slot). A server that does not know the
   * script yet (fresh, restarted, promoted) answers NOSCRIPT for its runs alone, which are run
   * again after one {@code SCRIPT LOAD} (on a cluster, Lettuce loads it into every primary); a
   * run that was answered is never repeated.
   */
  static List<Object> scripts(StringRedisTemplate redis, RedisScript<?> script,
      List<Call> calls) {
    if (calls.isEmpty()) {
      return List.of();
    }
    return RedisFailures.call(() -> redis.execute((RedisCallback<List<Object>>) c -> {
      @SuppressWarnings("unchecked")
      var async = (RedisClusterAsyncCommands<byte[], byte[]>) c.getNativeConnection();
      ScriptOutputType type = outputType(script);
      List<Object> results = new ArrayList<>(Collections.nCopies(calls.size(), null));
      List<Integer> unknown = new ArrayList<>();
      List<RedisFuture<Object>> sent = send(async, script.getSha1(), type, calls);
      for (int i = 0; i < sent.size(); i++) {
        try {
          results.set(i, answer(sent.get(i)));
        } catch (RedisNoScriptException e) {
          unknown.add(i);
        }
      }
      if (!unknown.isEmpty()) {
        answer(async.scriptLoad(script.getScriptAsString().getBytes(StandardCharsets.UTF_8)));
        List<RedisFuture<Object>> again = send(async, script.getSha1(), type,
            unknown.stream().map(calls::get).toList());
        for (int j = 0; j < unknown.size(); j++) {
          results.set(unknown.get(j), answer(again.get(j)));
        }
      }
      return results;
    }));
  }

  /**
   * The answers of the commands {@code send} sends on the shared connection's asynchronous API,
   * in order: sent together (one round trip, no connection of its own; on a cluster each to its
   * key's primary), then awaited; the first error is thrown as Lettuce gave it.
   */
  static List<Object> together(StringRedisTemplate redis,
      Function<RedisClusterAsyncCommands<byte[], byte[]>, List<? extends RedisFuture<?>>> send) {
    return RedisFailures.call(() -> redis.execute((RedisCallback<List<Object>>) c -> {
      @SuppressWarnings("unchecked")
      var async = (RedisClusterAsyncCommands<byte[], byte[]>) c.getNativeConnection();
      List<Object> out = new ArrayList<>();
      for (RedisFuture<?> f : send.apply(async)) {
        out.add(answer(f));
      }
      return out;
    }));
  }

  /**
   * The hashes at {@code keys}, in order (empty when missing), read together on the shared
   * connection: one round trip, no connection of its own (on a cluster, each from its slot's
   * primary).
   */
  static List<Map<Object, Object>> hashes(StringRedisTemplate redis, List<String> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    return RedisFailures.call(() -> redis.execute((RedisCallback<List<Map<Object, Object>>>) c -> {
      @SuppressWarnings("unchecked")
      var async = (RedisClusterAsyncCommands<byte[], byte[]>) c.getNativeConnection();
      List<RedisFuture<Map<byte[], byte[]>>> sent = new ArrayList<>(keys.size());
      for (String key : keys) {
        sent.add(async.hgetall(bytes(key)));
      }
      List<Map<Object, Object>> out = new ArrayList<>(keys.size());
      for (RedisFuture<Map<byte[], byte[]>> f : sent) {
        Map<byte[], byte[]> raw = answer(f);
        Map<Object, Object> hash = new LinkedHashMap<>(raw.size() * 2);
        raw.forEach((k, v) -> hash.put(new String(k, StandardCharsets.UTF_8),
            new String(v, StandardCharsets.UTF_8)));
        out.add(hash);
      }
      return out;
    }));
  }

  private static List<RedisFuture<Object>> send(RedisClusterAsyncCommands<byte[], byte[]> async,
      String sha, ScriptOutputType type, List<Call> calls) {
    List<RedisFuture<Object>> sent = new ArrayList<>(calls.size());
    for (Call call : calls) {
      byte[][] keys = call.keys().stream().map(Pipelines::bytes).toArray(byte[][]::new);
      byte[][] args = call.args().stream().map(Pipelines::bytes).toArray(byte[][]::new);
      sent.add(async.evalsha(sha, type, keys, args));
    }
    return sent;
  }

  /** The answer of one command sent; its error (or the timeout) thrown as Lettuce gave it. */
  static <T> T answer(RedisFuture<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RedisCommandInterruptedException(e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new RedisException(e.getCause());
    }
  }

  private static ScriptOutputType outputType(RedisScript<?> script) {
    Class<?> type = script.getResultType();
    if (type == null) {
      return ScriptOutputType.STATUS;
    }
    if (Long.class.isAssignableFrom(type)) {
      return ScriptOutputType.INTEGER;
    }
    if (List.class.isAssignableFrom(type)) {
      return ScriptOutputType.MULTI;
    }
    if (Boolean.class.isAssignableFrom(type)) {
      return ScriptOutputType.BOOLEAN;
    }
    return ScriptOutputType.VALUE;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A script's {@code HGETALL} answer (field, value, field, value...) as a hash of texts. */
  static Map<Object, Object> hash(Object answer) {
    List<?> flat = (List<?>) answer;
    Map<Object, Object> hash = new LinkedHashMap<>(flat.size());
    for (int i = 0; i + 1 < flat.size(); i += 2) {
      hash.put(text(flat.get(i)), text(flat.get(i + 1)));
    }
    return hash;
  }

  /** An answer as text (a pipeline may give bytes). */
  static String text(Object o) {
    return o instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : String.valueOf(o);
  }

  /** One run of a script: its keys (all in one slot) and its arguments. */
  record Call(List<String> keys, List<String> args) {}
}
