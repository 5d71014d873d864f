package dev.tenso.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.config.ImportConfig.ImportSettings;
import dev.tenso.core.inventory.Inventory;
import dev.tenso.importer.ImportFailedException;
import dev.tenso.testsupport.TestRedis;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

/** The start-up import: loaded from tenso.import.file or TENSO_IMPORT; a bad file stops the start. */
class ImportConfigTest {
  private static TestRedis redis;
  @TempDir Path dir;

  @BeforeAll
  static void start() {
    redis = TestRedis.start();
  }

  @AfterAll
  static void stop() {
    redis.close();
  }

  @BeforeEach
  void flush() {
    redis.flush();
  }

  private ApplicationContextRunner runner(String... properties) {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
        .withUserConfiguration(RedisConfig.class, ImportConfig.class)
        .withPropertyValues("spring.data.redis.url=" + redis.url())
        .withPropertyValues(properties);
  }

  @Test
  void theDemoFileIsLoadedAtStartUp() {
    runner("tenso.import.file=classpath:demo/organisation.yaml").run(ctx -> {
      assertThat(ctx).hasNotFailed();
      assertThat(ctx.getBean(Inventory.class).numbers()).hasSize(10);
    });
  }

  @Test
  void tensoImportFromTheEnvironmentIsUsed() {
    runner("TENSO_IMPORT=classpath:demo/organisation.yaml").run(ctx ->
        assertThat(ctx.getBean(Inventory.class).voiceGroups()).hasSize(2));
  }

  @Test
  void withoutAFileNothingIsImported() {
    runner().run(ctx -> assertThat(ctx.getBean(Inventory.class).numbers()).isEmpty());
  }

  @Test
  void aBadFileStopsTheStartWithEveryError() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "voiceGroups: [{id: X1}]\nsites: [{id: S1, voiceGroup: Y1}]\n");
    runner("tenso.import.file=" + bad).run(ctx -> {
      assertThat(ctx).hasFailed();
      var analysis = new ImportFailureAnalyzer().analyze(ctx.getStartupFailure());
      assertThat(analysis.getDescription())
          .contains("line 1: voiceGroups[0].id: VOICE_GROUP_INVALID")
          .contains("line 2: sites[0].voiceGroup: UNKNOWN_VOICE_GROUP");
      assertThat(ctx.getStartupFailure()).isInstanceOf(ImportFailedException.class);
    });
  }

  @Test
  void thePropertyWinsOverTheVariable() {
    var env = new MockEnvironment().withProperty("TENSO_IMPORT", "/srv/org.yaml");
    assertThat(ImportSettings.from(env).file()).isEqualTo("/srv/org.yaml");
    env.setProperty("tenso.import.file", "classpath:demo/organisation.yaml");
    assertThat(ImportSettings.from(env).file()).isEqualTo("classpath:demo/organisation.yaml");
    assertThat(ImportSettings.from(new MockEnvironment()).file()).isEmpty();
  }
}
