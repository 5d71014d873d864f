package dev.tenso.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenso.core.inventory.Inventory;
import dev.tenso.importer.ImportFailedException;
import dev.tenso.testsupport.SecretsSeen;
import dev.tenso.testsupport.SuiteLogReset;
import dev.tenso.testsupport.TestRedis;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
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
    var env = new StandardEnvironment();
    env.getPropertySources().addFirst(new MapPropertySource("test",
        Map.of("TENSO_IMPORT", "classpath:demo/organisation.yaml")));
    new ImportVariableEnvironmentPostProcessor().postProcessEnvironment(env, null);
    runner("tenso.import.file=" + env.getProperty("tenso.import.file")).run(ctx ->
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
  void theFailureSaysEachErrorInJapaneseAndEnglishWithTheRulesLimitsAndNoValueOfTheFile()
      throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, """
        voiceGroups: [{id: Y00000001, name: 本社}]
        sites: [{id: S001, name: 東京本社, voiceGroup: Y00000001, opened: true}]
        contracts:
          - {number: N00000001, voiceGroup: Y00000001, site: S777, plan: IP_VOICE}
          - {number: N00000002, voiceGroup: Y00000001, site: S001, plan: IP_VOICE}
        numbers:
          - {number: 050-1111-0001, contract: N00000002,
             forwarding: {enabled: true, mode: NO_ANSWER, ringTime: 31, destinations: [090-9876-5432]}}
        users:
          - {email: keeper@example.com, name: 秘密 花子, phone: 03-1111-2222, language: ja,
             secondFactor: TOTP, timezone: Mars/Olympus, registered: true,
             totpSecret: NOT-A-SECRET-WXYZ}
        """);
    runner("tenso.import.file=" + bad).run(ctx -> {
      assertThat(ctx).hasFailed();
      var failure = ctx.getStartupFailure();
      var analysis = new ImportFailureAnalyzer().analyze(failure);
      for (String message : java.util.List.of(analysis.getDescription(), failure.getMessage())) {
        assertThat(message)
            .contains("インポートファイル " + bad.toAbsolutePath().normalize())
            .contains("nothing was written")
            .contains("line 4: contracts[0].site: UNKNOWN_SITE — この拠点はファイルの sites にありません。")
            .contains("/ This site is not in the file's sites.")
            .contains("line 8: numbers[0].forwarding.ringTime: RING_TIME_OUT_OF_RANGE — "
                + "呼出時間は5～30秒の範囲で、秒単位で指定してください。 / "
                + "Please set the ring time in whole seconds from 5 to 30.")
            .contains("line 11: users[0].timezone: TIMEZONE_INVALID — タイムゾーンが正しくありません。")
            .contains("line 12: users[0].totpSecret: TOTP_SECRET_INVALID — totpSecret の形式が")
            .doesNotContain("{").doesNotContain("S777").doesNotContain("Mars").doesNotContain("Olympus")
            .doesNotContain("NOT-A-SECRET").doesNotContain("WXYZ").doesNotContain("keeper")
            .doesNotContain("秘密").doesNotContain("090-9876-5432").doesNotContain("東京本社");
      }
      assertThat(analysis.getAction()).contains("tenso をもう一度起動").contains("start tenso again");
    });
  }

  /**
   * A missing colon turns a value into a key, and a key may be a code, a token or an email: none
   * of them reaches the log when the real start fails (the context's warning and Boot's failure
   * report). The values are remembered for the suite's log check too.
   */
  @Test
  void noValueHiddenInAKeyReachesTheLogWhenTheStartFails() throws Exception {
    var random = new SecureRandom();
    String secret = SecretsSeen.remember(new DefaultSecretGenerator(32).generate());
    String email = SecretsSeen.remember("hidden" + (100_000 + random.nextInt(900_000)) + "@example.com");
    String code = SecretsSeen.remember(Integer.toString(100_000 + random.nextInt(900_000)));
    byte[] bytes = new byte[12];
    random.nextBytes(bytes);
    String token = SecretsSeen.remember("tok_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    String keyEmail = SecretsSeen.remember("key" + (100_000 + random.nextInt(900_000)) + "@example.com");
    Path bad = dir.resolve("keys.yaml");
    Files.writeString(bad, """
        users:
          - {email: a@example.com, name: A, phone: '1', language: en, secondFactor: TOTP,
             timezone: UTC, registered: true, totpSecret %s}
          - {email %s, name: B, phone: '1', language: en, secondFactor: MAIL_OTP, timezone: UTC}
          - {email: c@example.com, name: C, phone: '1', language: en, secondFactor: MAIL_OTP,
             timezone: UTC, %s: x, '%s': y, %s: z}
        """.formatted(secret, email, code, token, keyEmail));
    var app = new SpringApplicationBuilder(ImportOnly.class).web(WebApplicationType.NONE)
        .properties("spring.data.redis.url=" + redis.url(), "tenso.import.file=" + bad);

    assertThatThrownBy(app::run).isInstanceOf(ImportFailedException.class);

    String log = Files.readString(SuiteLogReset.SUITE_LOG, StandardCharsets.UTF_8);
    assertThat(log).contains("APPLICATION FAILED TO START", "line 3: users[0].totpSecret: MISSING_COLON",
        "line 4: users[1].email: MISSING_COLON", "line 6: users[2]: UNKNOWN_FIELD");
    assertThat(log).doesNotContain(secret, email, token, keyEmail).doesNotContainPattern(
        "(?<![0-9])" + code + "(?![0-9])");
  }

  /** Just enough of tenso for the start-up import: Redis and the import. */
  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration(DataRedisAutoConfiguration.class)
  @Import({RedisConfig.class, ImportConfig.class})
  static class ImportOnly {}

  @Test
  void thePropertyWinsOverTheVariable() {
    var variable = new MockEnvironment().withProperty("TENSO_IMPORT", " /srv/org.yaml ");
    new ImportVariableEnvironmentPostProcessor().postProcessEnvironment(variable, null);
    assertThat(variable.getProperty("tenso.import.file")).isEqualTo("/srv/org.yaml");

    var both = new MockEnvironment().withProperty("TENSO_IMPORT", "/srv/org.yaml")
        .withProperty("tenso.import.file", "classpath:demo/organisation.yaml");
    new ImportVariableEnvironmentPostProcessor().postProcessEnvironment(both, null);
    assertThat(both.getProperty("tenso.import.file")).isEqualTo("classpath:demo/organisation.yaml");

    var none = new MockEnvironment();
    new ImportVariableEnvironmentPostProcessor().postProcessEnvironment(none, null);
    assertThat(none.getProperty("tenso.import.file")).isNull();
  }
}
