package dev.tenso.config;

import dev.tenso.core.auth.FreshSession;
import dev.tenso.core.auth.RegistrationService;
import dev.tenso.core.auth.TermsService;
import dev.tenso.core.directory.DirectoryUseCases;
import dev.tenso.core.directory.NumberSearchUseCase;
import dev.tenso.core.directory.Onboarding;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserId;
import dev.tenso.core.directory.UserGroups;
import dev.tenso.core.directory.Users;
import dev.tenso.core.forwarding.CallRouting;
import dev.tenso.core.forwarding.ForwardingStore;
import dev.tenso.core.forwarding.ForwardingUseCases;
import dev.tenso.core.forwarding.RoutingTable;
import dev.tenso.core.inventory.Inventory;
import dev.tenso.core.notify.Mailer;
import java.time.Clock;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The core's use cases, built from the ports' adapters: what every channel calls. The clock is a
 * bean so tests can pin time; adding a user starts its registration (the registration mail).
 */
@Configuration(proxyBeanMethods = false)
public class CoreConfig {

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  /** Adding a user sends the registration mail; terms agreed means registration finished. */
  @Bean
  Onboarding onboarding(RegistrationService registration, TermsService terms) {
    return new Onboarding() {
      @Override
      public void userAdded(User user) {
        registration.startRegistration(user);
      }

      @Override
      public boolean registrationFinished(UserId user) {
        return terms.everAgreed(user);
      }
    };
  }

  @Bean
  ForwardingUseCases forwardingUseCases(Inventory inventory, ForwardingStore store, Users users,
      UserGroups groups, FreshSession fresh, Mailer mailer,
      @Qualifier("applicationTaskExecutor") Executor executor, Clock clock) {
    return new ForwardingUseCases(inventory, store, users, groups, fresh, mailer, executor, clock);
  }

  @Bean
  CallRouting callRouting(RoutingTable routes) {
    return new CallRouting(routes);
  }

  @Bean
  DirectoryUseCases directoryUseCases(Users users, UserGroups groups, FreshSession fresh,
      Onboarding onboarding, Clock clock) {
    return new DirectoryUseCases(users, groups, fresh, onboarding, clock);
  }

  @Bean
  NumberSearchUseCase numberSearchUseCase(Inventory inventory, Users users, UserGroups groups) {
    return new NumberSearchUseCase(inventory, users, groups);
  }
}
