package dev.tenso.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.TensoApplication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Two tenso processes on one data folder, as an operator starts them: the first runs in this JVM,
 * the second is a real {@code java ... TensoApplication} on the same folder and port. The second
 * stops with a message naming the first; the first keeps its Redis, its process and its data.
 */
class SecondTensoTest {
  @TempDir Path dir;

  @Test
  void aSecondTensoProcessStopsAtOnceAndTheFirstKeepsItsRedis() {
    Path data = dir.resolve("data");
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
        .withUserConfiguration(RedisConfig.class)
        .withPropertyValues("tenso.data-dir=" + data, "tenso.redis.embedded-port=0")
        .run(first -> {
          EmbeddedRedis redis = first.getBean(EmbeddedRedis.class);
          StringRedisTemplate template = first.getBean(StringRedisTemplate.class);
          template.opsForValue().set("tenso:test:first", "mine");
          long pid = redis.pid();

          Path said = dir.resolve("second.out");
          Process second = new ProcessBuilder(List.of(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-XX:TieredStopAtLevel=1", "-Xshare:auto",
              "-cp", System.getProperty("java.class.path"), TensoApplication.class.getName(),
              "--tenso.data-dir=" + data, "--tenso.redis.embedded-port=" + redis.port(),
              "--server.port=0", "--tenso.mail.embedded-port=0"))
              .redirectErrorStream(true).redirectOutput(said.toFile()).start();
          try {
            assertThat(second.waitFor(3, TimeUnit.MINUTES)).as("the second tenso ended").isTrue();
            assertThat(second.exitValue()).isNotZero();
          } finally {
            second.destroyForcibly();
          }

          assertThat(Files.readString(said, StandardCharsets.UTF_8))
              .contains("APPLICATION FAILED TO START")
              .contains("Another tenso (process " + ProcessHandle.current().pid() + ")")
              .contains(data.toString()).contains("leaves that folder and its Redis alone")
              .doesNotContain("Started the embedded Redis").doesNotContain("was shut down");
          assertThat(redis.isActive()).isTrue();
          assertThat(redis.pid()).isEqualTo(pid);
          assertThat(template.opsForValue().get("tenso:test:first")).isEqualTo("mine");
        });
  }
}
