package dev.tenso.config;

import dev.tenso.core.audit.AuditLog;
import dev.tenso.core.auth.AuthSettings;
import dev.tenso.core.auth.AuthStores;
import dev.tenso.core.auth.SignInUseCases;
import dev.tenso.core.common.FreshSession;
import dev.tenso.core.directory.Onboarding;
import dev.tenso.core.directory.Scopes;
import dev.tenso.core.directory.UserAdminUseCases;
import dev.tenso.core.directory.UserGroups;
import dev.tenso.core.directory.Users;
import dev.tenso.core.forwarding.CallRouting;
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

  @Bean
  ForwardingUseCases forwardingUseCases(Inventory inventory, ForwardingStore store, Users users,
      UserGroups groups, FreshSession fresh, Mailer mailer,
      @Qualifier("applicationTaskExecutor") Executor executor, Clock clock) {
    return new ForwardingUseCases(inventory, store, users, groups, fresh,
        new LineNotices(users, mailer), executor, clock);
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
