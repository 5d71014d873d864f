package dev.tenso.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.audit.AuditLog;
import dev.tenso.core.auth.AuthSettings;
import dev.tenso.core.auth.AuthStores;
import dev.tenso.core.auth.RecordingMailer;
import dev.tenso.core.auth.Sessions;
import dev.tenso.core.auth.SignInAccounts;
import dev.tenso.core.auth.TermsCatalog;
import dev.tenso.core.common.FreshSession;
import dev.tenso.core.directory.Onboarding;
import dev.tenso.core.directory.Users;
import dev.tenso.core.notify.Mailer;
import dev.tenso.redis.RedisAuditLog;
import dev.tenso.redis.RedisUsers;
import dev.tenso.testsupport.AuditFeeds;
import dev.tenso.testsupport.SecretsSeen;
import dev.tenso.testsupport.TestRedis;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The wiring of sign-in: properties, the key file, the terms from YAML, every service. */
class AuthConfigTest {
  private static final String KEY = "q8N2ZkKq0mJb3T3fX1yR7c5VtWd9LhA4sGe6PuYo0Ic=";

  @TempDir Path dataDir;

  private ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withUserConfiguration(AuthConfig.class)
        .withBean(StringRedisTemplate.class, () -> TestRedis.shared().template())
        .withBean(Users.class, () -> new RedisUsers(TestRedis.shared().template(), AuditFeeds.of(TestRedis.shared().template())))
        .withBean(Mailer.class, RecordingMailer::new)
        .withBean(AuditLog.class, () -> new RedisAuditLog(TestRedis.shared().template(), AuditFeeds.of(TestRedis.shared().template())))
        .withPropertyValues("tenso.data-dir=" + dataDir);
  }

  @Test
  void defaultsAKeyFileAndEveryService() {
    runner().run(ctx -> {
      assertThat(ctx).hasNotFailed();
      assertThat(ctx.getBean(AuthSettings.class)).isEqualTo(AuthSettings.defaults());
      assertThat(ctx.getBean(FreshSession.class)).isInstanceOf(Sessions.class);
      assertThat(ctx.getBean(Onboarding.class)).isInstanceOf(SignInAccounts.class);
      assertThat(ctx).hasSingleBean(AuthStores.class);
      assertThat(dataDir.resolve("secret.key")).exists();
      SecretsSeen.remember(java.nio.file.Files.readString(dataDir.resolve("secret.key")).strip());
    });
  }

  @Test
  void propertiesTuneTheRules() {
    runner().withPropertyValues("tenso.auth.idle-timeout=5m", "tenso.auth.max-failures=3",
        "tenso.auth.mail-otp-enabled=false", "tenso.auth.registration-validity=24h",
        "tenso.auth.secret-key=" + SecretsSeen.remember(KEY)).run(ctx -> {
          AuthSettings s = ctx.getBean(AuthSettings.class);
          assertThat(s.idleTimeout()).isEqualTo(Duration.ofMinutes(5));
          assertThat(s.maxFailures()).isEqualTo(3);
          assertThat(s.mailOtpEnabled()).isFalse();
          assertThat(s.registrationValidity()).isEqualTo(Duration.ofHours(24));
          assertThat(s.lockDuration()).isEqualTo(Duration.ofMinutes(15));
          assertThat(dataDir.resolve("secret.key")).doesNotExist();
          assertThat(ctx.getBean(AuthProperties.class).toString()).doesNotContain(KEY);
        });
  }

  @Test
  void theTermsComeFromTheConversationsFolder() {
    runner().run(ctx -> {
      var terms = ctx.getBean(TermsCatalog.class).current();
      assertThat(terms.version()).isEqualTo("2026-04");
      assertThat(terms.ja()).contains("本サービス");
      assertThat(terms.en()).contains("information");
    });
  }
}
