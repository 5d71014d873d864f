package dev.tenso.config;

import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.tenso.core.audit.AuditLog;
import dev.tenso.core.auth.AuthAdmin;
import dev.tenso.core.auth.AuthSettings;
import dev.tenso.core.auth.EnrolmentService;
import dev.tenso.core.auth.FirstFactor;
import dev.tenso.core.auth.Lockout;
import dev.tenso.core.auth.MailOtp;
import dev.tenso.core.auth.RandomCodes;
import dev.tenso.core.auth.RegistrationService;
import dev.tenso.core.auth.Sessions;
import dev.tenso.core.auth.SignIn;
import dev.tenso.core.auth.TermsCatalog;
import dev.tenso.core.auth.TermsService;
import dev.tenso.core.auth.TotpService;
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
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Wiring of sign-in: the core's services over the Redis adapters of its ports. Needs the
 * {@link Users}, {@link Mailer} and {@link AuditLog} beans of the other areas, and uses a
 * {@link Clock} bean when there is one (the system clock otherwise). The {@link Sessions} bean is
 * the application's {@link dev.tenso.core.common.FreshSession}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuthProperties.class)
public class AuthConfig {

  @Bean
  AuthSettings authSettings(AuthProperties properties) {
    return properties.settings();
  }

  @Bean
  ServerKey serverKey(AuthProperties properties,
      @Value("${tenso.data-dir:./data}") String dataDir) {
    return ServerKey.load(properties.secretKey(), Path.of(dataDir));
  }

  @Bean
  HmacCodeHasher codeHasher(ServerKey key) {
    return new HmacCodeHasher(key);
  }

  @Bean
  SecretCipher secretCipher(ServerKey key) {
    return new SecretCipher(key);
  }

  @Bean
  RandomCodes randomCodes() {
    return RandomCodes.secure();
  }

  @Bean
  TermsCatalog termsCatalog() {
    return YamlTermsCatalog.load(AuthConfig.class.getClassLoader(), YamlTermsCatalog.RESOURCE);
  }

  @Bean
  RedisTotpSecrets totpSecrets(StringRedisTemplate redis, SecretCipher cipher) {
    return new RedisTotpSecrets(redis, cipher);
  }

  @Bean
  RedisAuthSessions authSessions(StringRedisTemplate redis) {
    return new RedisAuthSessions(redis);
  }

  @Bean
  RedisRegistrations registrations(StringRedisTemplate redis) {
    return new RedisRegistrations(redis);
  }

  @Bean
  RedisMailCodes mailCodes(StringRedisTemplate redis) {
    return new RedisMailCodes(redis);
  }

  @Bean
  Lockout lockout(StringRedisTemplate redis, AuthSettings settings, ObjectProvider<Clock> clock) {
    return new Lockout(new RedisLockouts(redis), settings, clock(clock));
  }

  @Bean
  TotpService totpService(RedisTotpSecrets secrets, AuthSettings settings,
      ObjectProvider<Clock> clock) {
    return new TotpService(secrets, new ZxingPngQrGenerator(), settings, clock(clock));
  }

  @Bean
  MailOtp mailOtp(RedisMailCodes codes, HmacCodeHasher hasher, Mailer mailer, RandomCodes random,
      AuthSettings settings, ObjectProvider<Clock> clock) {
    return new MailOtp(codes, hasher, mailer, random, settings, clock(clock));
  }

  @Bean
  TermsService termsService(TermsCatalog catalog, StringRedisTemplate redis,
      ObjectProvider<Clock> clock) {
    return new TermsService(catalog, new RedisTermsAgreements(redis), clock(clock));
  }

  @Bean
  Sessions sessions(RedisAuthSessions store, AuthSettings settings, ObjectProvider<Clock> clock) {
    return new Sessions(store, settings, clock(clock));
  }

  @Bean
  FirstFactor firstFactor(Users users) {
    return new FirstFactor(users);
  }

  @Bean
  SignIn signIn(Users users, Sessions sessions, RedisAuthSessions store, TotpService totp,
      MailOtp mail, Lockout lockout, TermsService terms, RandomCodes random,
      ObjectProvider<Clock> clock) {
    return new SignIn(users, sessions, store, totp, mail, lockout, terms, random, clock(clock));
  }

  @Bean
  RegistrationService registrationService(Users users, RedisRegistrations store,
      HmacCodeHasher hasher, Mailer mailer, Lockout lockout, TotpService totp, RandomCodes random,
      AuthSettings settings, ObjectProvider<Clock> clock) {
    return new RegistrationService(users, store, hasher, mailer, lockout, totp, random, settings,
        clock(clock));
  }

  @Bean
  EnrolmentService enrolmentService(Users users, RedisRegistrations store, TotpService totp,
      MailOtp mail, Lockout lockout, TermsService terms, AuthSettings settings,
      ObjectProvider<Clock> clock) {
    return new EnrolmentService(users, store, totp, mail, lockout, terms, settings, clock(clock));
  }

  @Bean
  AuthAdmin authAdmin(Users users, Sessions sessions, TotpService totp, Lockout lockout,
      RegistrationService registration, AuditLog audit, ObjectProvider<Clock> clock) {
    return new AuthAdmin(users, sessions, totp, lockout, registration, audit, clock(clock));
  }

  private static Clock clock(ObjectProvider<Clock> clock) {
    return clock.getIfAvailable(Clock::systemUTC);
  }
}
