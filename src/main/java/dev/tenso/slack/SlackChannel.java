package dev.tenso.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.tenso.core.forwarding.ChangeNotices;
import dev.tenso.core.voicemail.VoicemailAnnouncer;
import java.util.regex.Pattern;

/**
 * The Slack channel as a whole: its handlers registered on a Bolt {@link App} (served by the
 * servlet at {@code /slack/events} or by Socket Mode: the same handlers either way), the App
 * Home refresh told of every forwarding change, and the DM that tells of a new voicemail.
 */
public final class SlackChannel {
  private final Parts parts;
  private final Commands commands;

  /**
   * @param slack Bolt's client factory (its Web API base URL is the configured one)
   * @param command the slash command's name, for example {@code /forward}
   */
  public SlackChannel(SlackServices services, Slack slack, String command) {
    this.parts = Parts.of(services, slack, command);
    this.commands = new Commands(parts);
  }

  /** Registers every handler on {@code app}. */
  public App register(App app) {
    CommandHandler command = new CommandHandler(parts, commands);
    ActionHandler actions = new ActionHandler(parts, commands);
    SubmissionHandler submissions = new SubmissionHandler(parts, commands);
    Homes homes = new Homes(parts, app.client());
    app.use(new RetryDedupe(parts.core().deliveries()));
    app.command(parts.command(), command::handle);
    app.blockAction(Pattern.compile("tenso\\..*|" + ForwardingModal.NUMBER), actions::handle);
    app.viewSubmission(ForwardingModal.CALLBACK, submissions::forwarding);
    new SignInModals(parts, commands.views()).register(app);
    commands.admin().register(app);
    app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
      if ("home".equals(payload.getEvent().getTab())) {
        String user = payload.getEvent().getUser();
        parts.later().run(() -> homes.publish(user), unavailable -> { });
      }
      return ctx.ack();
    });
    return app;
  }

  /** Tells users of new voicemail messages by DM, through {@code client} (the bot's). */
  public VoicemailAnnouncer voicemailDms(MethodsClient client) {
    return new VoicemailDms(parts, client);
  }

  /** Refreshes the App Home tabs after a change, through {@code client} (the bot's). */
  public ChangeNotices homeRefresh(MethodsClient client) {
    return new Homes(parts, client);
  }
}
