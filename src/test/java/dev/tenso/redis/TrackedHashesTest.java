package dev.tenso.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.testsupport.TestRedis;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Hashes kept until Redis tells of a change, on a real redis-server: a kept hash is answered
 * without a command; a change by another client, a flush, a write of this instance and a dropped
 * connection each make the next reads see what Redis holds; stopped and started with its
 * connection factory, it tracks again through the factory's new client.
 */
class TrackedHashesTest {
  static final String KEY = "tenso:route:{05011110001}";
  static TestRedis server;
  static LettuceConnectionFactory factory;
  static StringRedisTemplate other;
  static TrackedHashes tracked;

  @BeforeAll
  static void start() {
    server = TestRedis.start();
    factory = Fixtures.factory(server);
    other = Fixtures.template(Fixtures.factory(server));
    tracked = TrackedHashes.connect(factory, 100, Duration.ofMinutes(1));
  }

  @AfterAll
  static void stop() {
    tracked.close();
    factory.destroy();
    server.close();
  }

  @BeforeEach
  void oneHash() {
    assertThat(soon(() -> Optional.of(Map.of("tracking", tracked.tracking())),
        Map.of("tracking", true))).isTrue();
    other.opsForHash().put(KEY, "to", "+819012345678");
    // another client's write: seen once Redis's push has arrived (well under a millisecond)
    assertThat(soon(() -> tracked.hash(KEY), Map.of("to", "+819012345678"))).isTrue();
  }

  @Test
  void aKeptHashIsAnsweredWithoutACommand() {
    long commands = commandsOf(() -> tracked.hash(KEY));
    assertThat(commands).isZero();
    assertThat(tracked.hash(KEY)).contains(Map.of("to", "+819012345678"));
  }

  @Test
  void aChangeByAnotherClientIsSeenAsSoonAsRedisTellsOfIt() {
    other.opsForHash().put(KEY, "to", "+81312345678");
    assertThat(soon(() -> tracked.hash(KEY), Map.of("to", "+81312345678"))).isTrue();
    other.delete(KEY);
    assertThat(soon(() -> tracked.hash(KEY), Map.of())).isTrue();
  }

  @Test
  void hashesReadTogetherTakeOneCommandAndEachIsTrackedAsIfReadAlone() {
    String first = "tenso:number:{05011110002}";
    String second = "tenso:forwarding:{05011110002}";
    other.opsForHash().put(first, "number", "05011110002");
    other.opsForHash().put(second, "version", "1");
    java.util.List<String> both = java.util.List.of(first, second);
    tracked.hashes(both); // the server is sent the script once
    tracked.forgetAll();

    try (var monitor = new dev.tenso.testsupport.RedisMonitor(server.port())) {
      assertThat(monitor.commandsOf("afresh", () -> tracked.hashes(both)))
          .as("read afresh: one script").singleElement().asString()
          .startsWith("\"EVALSHA\"").contains(first).contains(second);
    }
    assertThat(tracked.hashes(both)).contains(java.util.List.of(
        Map.of("number", "05011110002"), Map.of("version", "1")));
    assertThat(commandsOf(() -> tracked.hashes(both))).as("then kept").isZero();

    other.opsForHash().put(second, "version", "2"); // Redis tracked the script's keys too
    assertThat(soon(() -> tracked.hashes(both).map(h -> h.get(1)), Map.of("version", "2")))
        .isTrue();
    assertThat(commandsOf(() -> tracked.hashes(both))).as("both kept again").isZero();

    other.execute((RedisCallback<Object>) c -> {
      c.scriptingCommands().scriptFlush();
      return null;
    });
    tracked.forgetAll();
    assertThat(tracked.hashes(both)).as("a server without the script is sent it")
        .contains(java.util.List.of(Map.of("number", "05011110002"), Map.of("version", "2")));
  }

  @Test
  void aFlushIsSeen() {
    other.execute((RedisCallback<Object>) c -> {
      c.serverCommands().flushAll();
      return null;
    });
    assertThat(soon(() -> tracked.hash(KEY), Map.of())).isTrue();
  }

  @Test
  void aWriteOfThisInstanceIsSeenByTheVeryNextRead() {
    other.opsForHash().put(KEY, "to", "+81312345678");
    tracked.forget(KEY);
    assertThat(tracked.hash(KEY)).contains(Map.of("to", "+81312345678"));
  }

  @Test
  void afterTheConnectionDropsNothingKeptIsUsedAndKeepingResumesOnceTracked() {
    try (var killer = io.lettuce.core.RedisClient.create("redis://127.0.0.1:" + server.port());
         var c = killer.connect()) {
      long id = c.sync().clientList().lines().filter(l -> l.matches(".* flags=\\w*t\\w* .*"))
          .map(l -> Long.parseLong(l.replaceAll("^id=([0-9]+) .*", "$1"))).findFirst()
          .orElseThrow();
      assertThat(c.sync().clientKill(io.lettuce.core.KillArgs.Builder.id(id))).isEqualTo(1);
    }
    other.opsForHash().put(KEY, "to", "+81312345678"); // no one tracks it now

    assertThat(soon(() -> {
      try {
        return tracked.hash(KEY);
      } catch (RuntimeException reconnecting) {
        return Optional.empty();
      }
    }, Map.of("to", "+81312345678"))).isTrue();
    assertThat(soon(() -> Optional.of(Map.of("tracking", tracked.tracking())),
        Map.of("tracking", true))).isTrue();
    tracked.hash(KEY);
    assertThat(commandsOf(() -> tracked.hash(KEY))).isZero();
  }

  @Test
  void stoppedItReadsNothingAndStartedAfterItsFactoryItTracksThroughTheFactorysNewClient() {
    tracked.stop(); // as the application context stops: this first, then the factory
    factory.stop();
    assertThat(tracked.on()).isFalse();
    assertThat(tracked.hash(KEY)).as("off: the caller reads as before").isEmpty();

    factory.start();
    tracked.start();

    assertThat(tracked.on()).isTrue();
    assertThat(soon(() -> Optional.of(Map.of("tracking", tracked.tracking())),
        Map.of("tracking", true))).isTrue();
    other.opsForHash().put(KEY, "to", "+81312345678");
    assertThat(soon(() -> tracked.hash(KEY), Map.of("to", "+81312345678"))).isTrue();
    assertThat(commandsOf(() -> tracked.hash(KEY))).isZero();
  }

  /** True once {@code read} gives {@code expected}, within 2 s. */
  private static boolean soon(Supplier<Optional<? extends Map<?, ?>>> read, Map<?, ?> expected) {
    long end = System.nanoTime() + 2_000_000_000L;
    while (System.nanoTime() < end) {
      if (read.get().map(expected::equals).orElse(false)) {
        return true;
      }
      Thread.onSpinWait();
    }
    return false;
  }

  private static long commandsOf(Runnable action) {
    return server.commandsOf(action);
  }
}
