package dev.tenso.config;

import dev.tenso.core.audit.AuditLog;
import dev.tenso.core.auth.AuthSettings;
import dev.tenso.core.auth.AuthStores;
import dev.tenso.core.auth.SignInUseCases;
import dev.tenso.core.common.Deliveries;
import dev.tenso.core.common.FreshSession;
import dev.tenso.core.directory.Onboarding;
import dev.tenso.core.directory.Scopes;
import dev.tenso.core.directory.UserAdminUseCases;
import dev.tenso.core.directory.UserGroups;
import dev.tenso.core.directory.Users;
import dev.tenso.core.forwarding.CallRouting;
import dev.tenso.core.forwarding.ChangeNotices;
import dev.tenso.core.forwarding.ForwardingSnapshots;
import dev.tenso.core.forwarding.ForwardingStatus;
import dev.tenso.core.forwarding.ForwardingStore;
import dev.tenso.core.forwarding.ForwardingUseCases;
import dev.tenso.core.forwarding.RoutingTable;
import dev.tenso.core.history.HistoryUseCases;
import dev.tenso.core.inventory.Inventory;
import dev.tenso.core.inventory.NumberSearchUseCase;
import dev.tenso.core.notify.LineNotices;
import dev.tenso.core.notify.Mailer;
import java.time.Clock;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The core's doors, built from the ports' adapters: what every channel calls. Forwarding, number
 * search, history, user administration, and sign-in, which runs a pending action through the
 * first and the last. The clock is a bean so tests can pin time.
 */
@Configuration(proxyBeanMethods = false)
public class CoreConfig {

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * After every change: the line notification mail, then each channel's own notice (the Slack
   * channel's App Home), asked for at each change since the channels are built after this door.
   */
  @Bean
  ForwardingUseCases forwardingUseCases(Inventory inventory, ForwardingStore store, Users users,
      UserGroups groups, FreshSession fresh, Mailer mailer, Deliveries deliveries,
      ObjectProvider<ChangeNotices> channelNotices,
      @Qualifier("applicationTaskExecutor") Executor executor, Clock clock) {
    ChangeNotices line = new LineNotices(users, mailer, deliveries);
    ChangeNotices all = (view, version, actor, by, at) -> {
      line.changed(view, version, actor, by, at);
      channelNotices.orderedStream().forEach(n -> {
        try {
          n.changed(view, version, actor, by, at);
        } catch (RuntimeException e) {
          // a channel's notice never undoes the change; the channel logs its own failures
        }
      });
    };
    return new ForwardingUseCases(inventory, store, users, groups, fresh, all, executor, clock);
  }

  @Bean
  CallRouting callRouting(RoutingTable routes) {
    return new CallRouting(routes);
  }

  @Bean
  UserAdminUseCases userAdminUseCases(Users users, UserGroups groups, FreshSession fresh,
      Onboarding onboarding, AuditLog audit, Clock clock) {
    return new UserAdminUseCases(users, groups, fresh, onboarding, audit, clock);
  }

  @Bean
  ForwardingStatus forwardingStatus(ForwardingSnapshots snapshots) {
    return new ForwardingStatus(snapshots);
  }

  @Bean
  NumberSearchUseCase numberSearchUseCase(Inventory inventory, Users users, UserGroups groups) {
    return new NumberSearchUseCase(inventory, new Scopes(users, groups));
  }

  @Bean
  HistoryUseCases historyUseCases(AuditLog audit, Inventory inventory, Users users,
      UserGroups groups) {
    return new HistoryUseCases(audit, inventory, users, groups);
  }

  @Bean
  SignInUseCases signInUseCases(Users users, AuthStores stores, Mailer mailer,
      AuthSettings settings, Clock clock, ForwardingUseCases forwarding,
      UserAdminUseCases admin) {
    return new SignInUseCases(users, stores, mailer, settings, clock, forwarding, admin);
  }
}
