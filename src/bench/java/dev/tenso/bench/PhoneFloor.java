package dev.tenso.bench;

import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The phone benchmark's floor ({@code /bench/floor}): one Redis GET of a key that holds a value
 * ({@link #VALUE}, written at the start) through the application's {@link StringRedisTemplate},
 * then a fixed TwiML written as the webhooks write theirs. It is served where the webhooks are
 * (a filter registered as {@code VoiceConfig} registers {@code TwilioEndpoint}, at the highest
 * precedence, ahead of the HTTP metrics, request-context and form filters and the dispatcher
 * servlet), so that the floor pays for no chain the measured paths skip. It checks no signature
 * and reads no parameter: that is the webhooks' own work.
 */
final class PhoneFloor extends HttpFilter {
  static final String PATH = "/bench/floor";
  static final String KEY = "tenso:bench:floor";
  private static final byte[] KEY_BYTES = KEY.getBytes(StandardCharsets.UTF_8);
  /** What the benchmark writes under {@link #KEY} before it starts, so the GET reads a value. */
  static final String VALUE = "+819012345678";

  private final transient StringRedisTemplate redis;

  PhoneFloor(StringRedisTemplate redis) {
    this.redis = redis;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException {
    get();
    byte[] body = PhoneBench.FIXED.getBytes(StandardCharsets.UTF_8);
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("text/xml;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /**
   * One GET the way tenso's own reads go ({@code dev.tenso.redis.Pipelines}): on Lettuce's
   * shared connection, waiting for its answer.
   */
  private byte[] get() {
    return redis.execute((RedisCallback<byte[]>) c -> {
      @SuppressWarnings("unchecked")
      var async = (RedisClusterAsyncCommands<byte[], byte[]>) c.getNativeConnection();
      try {
        return async.get(KEY_BYTES).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    });
  }

  /** Added to the benchmark's application context beside the application's own configuration. */
  @Configuration(proxyBeanMethods = false)
  static class Registration {
    @Bean
    FilterRegistrationBean<PhoneFloor> phoneFloor(StringRedisTemplate redis) {
      var registration = new FilterRegistrationBean<>(new PhoneFloor(redis));
      registration.addUrlPatterns(PATH);
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
      return registration;
    }
  }
}
