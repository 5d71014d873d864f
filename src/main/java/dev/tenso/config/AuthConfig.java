package dev.tenso.config;

import dev.tenso.core.auth.AuthSettings;
import dev.tenso.core.auth.AuthStores;
import dev.tenso.core.auth.Sessions;
import dev.tenso.core.auth.SignInAccounts;
import dev.tenso.core.auth.TermsCatalog;
import dev.tenso.core.directory.Users;
import dev.tenso.core.notify.Mailer;
import dev.tenso.redis.auth.HmacCodeHasher;
import dev.tenso.redis.auth.RedisAuthSessions;
import dev.tenso.redis.auth.RedisLockouts;
import dev.tenso.redis.auth.RedisMailCodes;
import dev.tenso.redis.auth.RedisRegistrations;
import dev.tenso.redis.auth.RedisTermsAgreements;
import dev.tenso.redis.auth.RedisTotpSecrets;
import dev.tenso.redis.auth.SecretCipher;
import dev.tenso.redis.auth.ServerKey;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Wiring of sign-in's stores and of the beans the other areas need from it: the
 * {@link Sessions} (the application's {@link dev.tenso.core.common.FreshSession}) and
 * {@link SignInAccounts} (user administration's {@link dev.tenso.core.directory.Onboarding}, and
 * the import's). The sign-in door itself is built in {@link CoreConfig}, beside the use cases a
 * pending action runs through. Uses a {@link Clock} bean when there is one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AuthProperties.class, TensoProperties.class})
public class AuthConfig {

  @Bean
  AuthSettings authSettings(AuthProperties properties) {
    return properties.settings();
  }

  @Bean
  ServerKey serverKey(AuthProperties properties, TensoProperties tenso) {
    return ServerKey.load(properties.secretKey(), tenso.dataDir());
  }

  @Bean
  TermsCatalog termsCatalog() {
    return YamlTermsCatalog.load(AuthConfig.class.getClassLoader(), YamlTermsCatalog.RESOURCE);
  }

  @Bean
  AuthStores authStores(StringRedisTemplate redis, ServerKey key, TermsCatalog terms) {
    return new AuthStores(new RedisAuthSessions(redis), new RedisRegistrations(redis),
        new RedisTotpSecrets(redis, new SecretCipher(key)), new RedisMailCodes(redis),
        new RedisLockouts(redis), new RedisTermsAgreements(redis), terms,
        new HmacCodeHasher(key));
  }

  @Bean
  Sessions sessions(AuthStores stores, AuthSettings settings, ObjectProvider<Clock> clock) {
    return new Sessions(stores.sessions(), settings, clock(clock));
  }

  @Bean
  SignInAccounts signInAccounts(Users users, AuthStores stores, Mailer mailer,
      AuthSettings settings, ObjectProvider<Clock> clock) {
    return new SignInAccounts(users, stores, mailer, settings, clock(clock));
  }

  static Clock clock(ObjectProvider<Clock> clock) {
    return clock.getIfAvailable(Clock::systemUTC);
  }
}
