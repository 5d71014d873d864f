package dev.tenso.slack;

import com.slack.api.Slack;

/**
 * The Slack channel's parts, built once and shared by its handlers: the services of the core,
 * the texts and renderers, the grammar, who is who, the sign-in door, and the executor for after
 * the ack.
 */
record Parts(
    SlackServices core,
    Slack slack,
    String command,
    Texts texts,
    CommandParser parser,
    SlackIdentities identities,
    SignInFlow signIn,
    Later later,
    StatusBlocks statusBlocks,
    HelpBlocks help,
    ForwardingModal modal) {

  static Parts of(SlackServices core, Slack slack, String command) {
    Texts texts = new Texts(core.chat());
    return new Parts(core, slack, command, texts, new CommandParser(Words.from(core.chat())),
        new SlackIdentities(core.signIn(), core.users()),
        new SignInFlow(core.signIn()), new Later(core.executor()),
        new StatusBlocks(texts, command), new HelpBlocks(texts, command),
        new ForwardingModal(texts));
  }
}
