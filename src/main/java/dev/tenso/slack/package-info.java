/**
 * The Slack channel (Bolt for Java): one request URL ({@code POST /slack/events}) for the
 * {@code /forward} command, its buttons and modals, and the App Home; or Socket Mode with the
 * same handlers. It parses what Slack sends, asks the core's use cases and renders their answers
 * from {@code conversations/} in the user's language; it decides no rule itself. The
 * acknowledgement of a command is built from one Redis read (the forwarding snapshot of the user
 * the Slack user id is linked to: at most two are allowed); everything slow (the core's changes, {@code users.info},
 * {@code views.open}/{@code views.publish}, mail) runs after it on an executor and answers through
 * the command's {@code response_url} or the Web API, always through Bolt's client.
 */
package dev.tenso.slack;
