package dev.tenso.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.testsupport.TestRedis;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.data.redis.core.StringRedisTemplate;
import redis.embedded.core.ExecutableProvider;

/** The embedded default, REDIS_URL, and clear start-up failures. */
class EmbeddedRedisConfigTest {
  @TempDir Path dir;

  private ApplicationContextRunner runner(String... properties) {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
        .withUserConfiguration(RedisConfig.class)
        .withPropertyValues(properties);
  }

  @Test
  void withNothingConfiguredItStartsARedisWhoseDataSurviveARestart() throws Exception {
    int port = TestRedis.freePort();
    Path data = dir.resolve("my data");
    String[] props = {"tenso.data-dir=" + data, "tenso.redis.embedded-port=" + port};
    runner(props).run(ctx -> {
      assertThat(ctx).hasNotFailed().hasSingleBean(EmbeddedRedis.class);
      assertThat(ctx.getBean(RedisStartupCheck.class).address()).isEqualTo("127.0.0.1:" + port);
      ctx.getBean(StringRedisTemplate.class).opsForValue().set("tenso:test:kept", "yes");
    });
    assertThat(Files.list(data.resolve("redis")).map(p -> p.getFileName().toString()))
        .anyMatch(name -> name.startsWith("appendonly"));
    runner(props).run(ctx -> assertThat(
        ctx.getBean(StringRedisTemplate.class).opsForValue().get("tenso:test:kept")).isEqualTo("yes"));
  }

  @Test
  void portZeroPicksAFreePort() {
    runner("tenso.data-dir=" + dir, "tenso.redis.embedded-port=0").run(ctx -> {
      assertThat(ctx).hasNotFailed();
      int port = ctx.getBean(EmbeddedRedis.class).port();
      assertThat(port).isPositive();
      assertThat(ctx.getBean(RedisStartupCheck.class).address()).isEqualTo("127.0.0.1:" + port);
    });
  }

  @Test
  void aBusyPortFailsWithAClearMessage() throws Exception {
    try (var busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      runner("tenso.data-dir=" + dir, "tenso.redis.embedded-port=" + busy.getLocalPort()).run(ctx -> {
        assertThat(ctx).hasFailed();
        FailureAnalysis analysis = analyse(new EmbeddedRedisFailureAnalyzer(), ctx.getStartupFailure());
        assertThat(analysis.getDescription())
            .contains("port " + busy.getLocalPort()).contains("in use");
      });
    }
  }

  @Test
  void aServerLeftRunningByAKilledTensoIsShutDownAndTakenOverWithItsData() throws Exception {
    int port = TestRedis.freePort();
    Path data = dir.resolve("data");
    // what a killed tenso leaves behind: its redis-server still running on its data folder, and
    // the folder's lock gone with the tenso that held it
    Files.createDirectories(data.resolve("redis"));
    Files.createDirectories(data.resolve("bin"));
    RedisProcess orphan = RedisProcess.start(
        ExecutableProvider.newJarResourceProvider(data.resolve("bin").toFile()).get().toPath(),
        EmbeddedRedis.HOST, port, data.resolve("redis").toAbsolutePath());
    var orphanTemplate = new StringRedisTemplate(new TestRedisConnection(port).factory());
    orphanTemplate.opsForValue().set("tenso:test:orphaned", "kept");

    runner("tenso.data-dir=" + data, "tenso.redis.embedded-port=" + port).run(ctx -> {
      assertThat(ctx).hasNotFailed();
      assertThat(ctx.getBean(EmbeddedRedis.class).isActive()).isTrue();
      assertThat(ctx.getBean(EmbeddedRedis.class).pid()).isNotEqualTo(orphan.pid());
      assertThat(ctx.getBean(StringRedisTemplate.class).opsForValue().get("tenso:test:orphaned"))
          .isEqualTo("kept");
    });
    assertThat(orphan.isAlive()).isFalse();
  }

  @Test
  void aSecondTensoOnTheSameFolderStopsAtOnceAndLeavesTheFirstAndItsDataAlone() {
    Path data = dir.resolve("shared");
    runner("tenso.data-dir=" + data, "tenso.redis.embedded-port=0").run(first -> {
      EmbeddedRedis redis = first.getBean(EmbeddedRedis.class);
      StringRedisTemplate firstRedis = first.getBean(StringRedisTemplate.class);
      firstRedis.opsForValue().set("tenso:test:first", "mine");
      long pid = redis.pid();

      for (String port : new String[] {"0", Integer.toString(redis.port())}) {
        runner("tenso.data-dir=" + data, "tenso.redis.embedded-port=" + port).run(second -> {
          assertThat(second).hasFailed();
          FailureAnalysis analysis = analyse(new EmbeddedRedisFailureAnalyzer(), second.getStartupFailure());
          assertThat(analysis.getDescription()).contains("Another tenso (process "
              + ProcessHandle.current().pid()).contains(data.toString()).contains("alone");
          assertThat(analysis.getAction()).contains("tenso.data-dir");
        });
      }

      assertThat(redis.isActive()).isTrue();
      assertThat(redis.pid()).isEqualTo(pid);
      assertThat(firstRedis.opsForValue().get("tenso:test:first")).isEqualTo("mine");
    });
    // the first one released the folder when it stopped: a new start takes it
    runner("tenso.data-dir=" + data, "tenso.redis.embedded-port=0").run(again -> assertThat(
        again.getBean(StringRedisTemplate.class).opsForValue().get("tenso:test:first")).isEqualTo("mine"));
  }

  @Test
  void nothingIsWrittenOutsideTheDataFolder() throws Exception {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    Path data = dir.resolve("contained");
    runner("tenso.data-dir=" + data, "tenso.redis.embedded-port=0").run(ctx -> {
      EmbeddedRedis redis = ctx.getBean(EmbeddedRedis.class);
      var process = ProcessHandle.of(redis.pid()).orElseThrow().info();
      assertThat(Path.of(process.command().orElseThrow()))
          .startsWith(data.resolve("bin").toAbsolutePath().toRealPath());
      try (var files = Files.list(data)) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .containsExactlyInAnyOrder("bin", "redis", DataFolderLock.FILE);
      }
      try (var files = Files.list(tmp)) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .noneMatch(n -> n.startsWith("embedded-redis-server_" + redis.port()));
      }
    });
  }

  @Test
  void anotherRedisOnThePortIsLeftAloneAndNamed() {
    try (TestRedis other = TestRedis.start()) {
      runner("tenso.data-dir=" + dir, "tenso.redis.embedded-port=" + other.port()).run(ctx -> {
        assertThat(ctx).hasFailed();
        assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("in use");
      });
      assertThat(other.template().opsForValue().setIfAbsent("tenso:test:alive", "yes")).isTrue();
    }
  }

  @Test
  void anUnreachableRedisFailsStartUpNamingHostAndPort() {
    int port = TestRedis.freePort();
    runner("spring.data.redis.url=redis://127.0.0.1:" + port).run(ctx -> {
      assertThat(ctx).hasFailed();
      FailureAnalysis analysis = analyse(new RedisFailureAnalyzer(), ctx.getStartupFailure());
      assertThat(analysis.getDescription()).contains("127.0.0.1:" + port);
    });
  }

  @Test
  void redisUrlFromTheEnvironmentBecomesSpringDataRedisUrl() {
    var env = new StandardEnvironment();
    env.getPropertySources().addFirst(
        new MapPropertySource("test", Map.of("REDIS_URL", "redis://cache.internal:6380")));
    new RedisUrlEnvironmentPostProcessor().postProcessEnvironment(env, null);
    assertThat(env.getProperty("spring.data.redis.url")).isEqualTo("redis://cache.internal:6380");

    var explicit = new StandardEnvironment();
    explicit.getPropertySources().addFirst(new MapPropertySource("test",
        Map.of("REDIS_URL", "redis://cache.internal:6380", "spring.data.redis.host", "other")));
    new RedisUrlEnvironmentPostProcessor().postProcessEnvironment(explicit, null);
    assertThat(explicit.getProperty("spring.data.redis.url")).isNull();
  }

  @Test
  void redisUrlAloneMeansNoEmbeddedRedis() {
    runner("REDIS_URL=" + TestRedis.shared().url(), "spring.data.redis.url=" + TestRedis.shared().url())
        .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(EmbeddedRedis.class));
  }

  private static FailureAnalysis analyse(
      org.springframework.boot.diagnostics.AbstractFailureAnalyzer<?> analyzer, Throwable failure) {
    FailureAnalysis analysis = analyzer.analyze(failure);
    assertThat(analysis).as("analysis of %s", failure).isNotNull();
    return analysis;
  }
}

/** A Lettuce connection to a port, for a server the test did not start through TestRedis. */
record TestRedisConnection(int port) {
  org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory factory() {
    var f = new org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory(
        new org.springframework.data.redis.connection.RedisStandaloneConfiguration(
            "127.0.0.1", port));
    f.afterPropertiesSet();
    f.start();
    return f;
  }
}
