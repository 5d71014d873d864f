package dev.tenso.config;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import dev.tenso.core.auth.SignInUseCases;
import dev.tenso.core.common.Deliveries;
import dev.tenso.core.directory.UserAdminUseCases;
import dev.tenso.core.directory.UserGroups;
import dev.tenso.core.directory.Users;
import dev.tenso.core.forwarding.ChangeNotices;
import dev.tenso.core.forwarding.ForwardingStatus;
import dev.tenso.core.forwarding.ForwardingUseCases;
import dev.tenso.core.history.HistoryUseCases;
import dev.tenso.core.inventory.NumberSearchUseCase;
import dev.tenso.core.voicemail.VoicemailAnnouncer;
import dev.tenso.messages.Catalogs;
import dev.tenso.slack.SlackChannel;
import dev.tenso.slack.SlackEndpoint;
import dev.tenso.slack.SlackServices;
import java.time.Clock;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The Slack channel, on when a bot token or a signing secret is set (and then both must be):
 * Bolt's {@link App} with tenso's handlers, served at {@code POST /slack/events} by its servlet
 * behind the timestamp guard ({@link SlackEndpoint}), and over Socket Mode as well when an app
 * token is set. Bolt's Web API calls go to {@code tenso.slack.api-url}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackChannelOn.class)
@EnableConfigurationProperties(SlackProperties.class)
public class SlackChannelConfig {
  static final String PATH = "/slack/events";

  @Bean
  Slack slack(SlackProperties properties) {
    com.slack.api.SlackConfig config = new com.slack.api.SlackConfig();
    config.setMethodsEndpointUrlPrefix(properties.checked().apiUrl());
    return Slack.getInstance(config);
  }

  @Bean
  SlackServices slackServices(ForwardingStatus status, ForwardingUseCases forwarding,
      NumberSearchUseCase numbers, UserAdminUseCases admin, HistoryUseCases history,
      SignInUseCases signIn, Users users, UserGroups groups, Deliveries deliveries,
      Catalogs catalogs, @Qualifier("applicationTaskExecutor") Executor executor) {
    return new SlackServices(status, forwarding, numbers, admin, history, signIn, users, groups,
        deliveries, catalogs.chat(), executor);
  }

  @Bean
  SlackChannel slackChannel(SlackServices services, Slack slack, SlackProperties properties) {
    return new SlackChannel(services, slack, properties.command());
  }

  @Bean
  App slackApp(SlackChannel channel, Slack slack, SlackProperties properties) {
    SlackProperties p = properties.checked();
    return channel.register(new App(AppConfig.builder().slack(slack)
        .signingSecret(p.signingSecret()).singleTeamBotToken(p.botToken()).build()));
  }

  /** Told by the forwarding door after every change (see {@code CoreConfig}). */
  @Bean
  ChangeNotices slackHomeRefresh(SlackChannel channel, App app) {
    return channel.homeRefresh(app.client());
  }

  /** Told by the voicemail door of each new message (see {@code VoiceConfig}). */
  @Bean
  VoicemailAnnouncer slackVoicemailDms(SlackChannel channel, App app) {
    return channel.voicemailDms(app.client());
  }

  /**
   * The request URL: the timestamp guard, then Bolt's servlet, ahead of the application's other
   * filters (see {@link SlackEndpoint}).
   */
  @Bean
  FilterRegistrationBean<SlackEndpoint> slackEndpoint(App app, Clock clock) {
    FilterRegistrationBean<SlackEndpoint> f =
        new FilterRegistrationBean<>(new SlackEndpoint(clock, new SlackAppServlet(app)));
    f.addUrlPatterns(PATH);
    f.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return f;
  }

  /** Socket Mode, for companies that cannot expose a URL: the same app, the same handlers. */
  @Bean(destroyMethod = "close")
  @ConditionalOnExpression("'${tenso.slack.app-token:}' != ''")
  SocketModeApp slackSocketMode(App app, SlackProperties properties) throws Exception {
    SocketModeApp socket = new SocketModeApp(properties.appToken(), app,
        SocketModeClient.Backend.JavaWebSocket);
    socket.startAsync();
    return socket;
  }
}
