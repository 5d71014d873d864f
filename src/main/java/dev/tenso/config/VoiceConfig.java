package dev.tenso.config;

import dev.tenso.core.auth.SignInUseCases;
import dev.tenso.core.directory.Users;
import dev.tenso.core.forwarding.ForwardingStore;
import dev.tenso.core.forwarding.ForwardingUseCases;
import dev.tenso.core.forwarding.RoutingRecords;
import dev.tenso.core.forwarding.RoutingTable;
import dev.tenso.core.history.HistoryUseCases;
import dev.tenso.core.inventory.Inventory;
import dev.tenso.core.forwarding.CallRouting;
import dev.tenso.core.notify.Mailer;
import dev.tenso.core.voicemail.VoicemailAnnouncer;
import dev.tenso.core.voicemail.VoicemailBox;
import dev.tenso.core.voicemail.VoicemailUseCases;
import dev.tenso.messages.Catalogs;
import dev.tenso.voice.CallStates;
import dev.tenso.voice.PhoneChannel;
import dev.tenso.voice.TwilioEndpoint;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.Executor;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The phone channel: on when {@code tenso.twilio.auth-token} ({@code TWILIO_AUTH_TOKEN}) is set,
 * and then only with a public URL ({@code TENSO_PUBLIC_URL}), else start-up stops. Voicemail and
 * its notices are wired either way (the Slack channel may provide the announcer).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TwilioProperties.class, PublicUrlProperties.class})
public class VoiceConfig {

  /** The announcer is the Slack channel's DM when that channel is on, else none. */
  @Bean
  VoicemailUseCases voicemailUseCases(VoicemailBox box, Users users, Mailer mailer,
      ObjectProvider<VoicemailAnnouncer> announcer,
      @Qualifier("applicationTaskExecutor") Executor executor) {
    return new VoicemailUseCases(box, users, mailer,
        announcer.getIfAvailable(VoicemailAnnouncer::none), executor);
  }

  /** The webhooks, only when the channel is on. */
  @Configuration(proxyBeanMethods = false)
  @Conditional(TwilioConfigured.class)
  static class Channel {
    /** Declared first so that a missing or bad public URL stops the start before anything else. */
    @Bean
    TwilioWebhook twilioWebhook(TwilioProperties twilio, PublicUrlProperties url) {
      return new TwilioWebhook(twilio.authToken(), publicUrl(url));
    }

    @Bean
    PhoneChannel phoneChannel(TwilioProperties twilio, TwilioWebhook webhook,
        CallRouting routing, ForwardingUseCases forwarding, Users users, SignInUseCases signIn,
        HistoryUseCases history, VoicemailUseCases voicemail, CallStates calls,
        Catalogs catalogs, Clock clock) {
      var core = new PhoneChannel.Core(routing, forwarding, signIn, users, history, voicemail);
      return new PhoneChannel(core, calls, catalogs.spoken(), webhook.publicUrl(),
          twilio.callStateTtl(), twilio.maxRecordingSeconds(), clock);
    }

    /** At start-up, a routing record for every number that has none (data from before them). */
    @Bean
    SmartInitializingSingleton routingRecordsBackfill(Inventory inventory, ForwardingStore store,
        RoutingTable table) {
      return () -> {
        int written = RoutingRecords.backfill(inventory, store, table);
        if (written > 0) {
          LoggerFactory.getLogger(VoiceConfig.class)
              .info("{} numbers had no routing record; written", written);
        }
      };
    }

    /**
     * The webhooks, behind their signature check, ahead of the application's other filters (see
     * {@link TwilioEndpoint}).
     */
    @Bean
    FilterRegistrationBean<TwilioEndpoint> twilioEndpoint(TwilioWebhook webhook,
        PhoneChannel channel) {
      var registration = new FilterRegistrationBean<>(
          new TwilioEndpoint(webhook.authToken(), webhook.publicUrl(), channel));
      registration.addUrlPatterns("/twilio/*");
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
      return registration;
    }
  }

  /** The checked settings the webhooks run with. */
  record TwilioWebhook(String authToken, String publicUrl) {
    @Override
    public String toString() {
      return "TwilioWebhook[" + publicUrl + "]";
    }
  }

  /** The public URL, checked: an absolute http(s) URL without query or fragment. */
  static String publicUrl(PublicUrlProperties url) {
    String u = url.publicUrl();
    if (u.isEmpty()) {
      throw new TwilioSettingsException("TWILIO_AUTH_TOKEN is set but TENSO_PUBLIC_URL is not.");
    }
    try {
      URI uri = URI.create(u);
      if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
        throw new IllegalArgumentException();
      }
    } catch (IllegalArgumentException e) {
      throw new TwilioSettingsException(
          "TENSO_PUBLIC_URL is not an absolute http(s) URL without query (such as "
              + "https://tenso.example.com).");
    }
    return u;
  }

  /** True when an auth token is set (not blank). */
  static final class TwilioConfigured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return RedisConfig.hasText(context.getEnvironment(), "tenso.twilio.auth-token");
    }
  }
}
