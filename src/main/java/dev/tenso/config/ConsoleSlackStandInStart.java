package dev.tenso.config;

import dev.tenso.console.SlackLog;
import dev.tenso.console.SlackStandIn;
import java.util.Map;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the console's Slack Web API stand-in before any bean is made, when the console provides
 * the Slack settings: Bolt's {@code App} calls {@code auth.test} as it is built, while the
 * servlet is registered and before tenso's own server listens. The stand-in's URL becomes
 * {@code tenso.slack.api-url}; it and its {@link SlackLog} become beans, closed with the context.
 */
final class ConsoleSlackStandInStart implements BeanFactoryPostProcessor, EnvironmentAware {
  private ConfigurableEnvironment env;

  @Override
  public void setEnvironment(Environment environment) {
    this.env = (ConfigurableEnvironment) environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
    if (!"true".equals(env.getProperty(ConsoleEnvironmentPostProcessor.SLACK_STAND_IN))) {
      return;
    }
    SlackLog log = new SlackLog();
    SlackStandIn standIn = SlackStandIn.start(log);
    env.getPropertySources().addFirst(new MapPropertySource("tensoConsoleSlack",
        Map.of("tenso.slack.api-url", standIn.base() + "/api/")));
    factory.registerSingleton("consoleSlackLog", log);
    factory.registerSingleton("consoleSlackStandIn", standIn);
    if (factory instanceof DefaultListableBeanFactory registry) {
      registry.registerDisposableBean("consoleSlackStandIn", standIn::close);
    }
  }
}
