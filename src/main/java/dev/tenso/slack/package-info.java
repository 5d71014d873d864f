/**
 * The Slack channel (Bolt for Java): one request URL ({@code POST /slack/events}) for the
 * {@code /forward} command, its buttons and modals, and the App Home; or Socket Mode with the
 * same handlers. It parses what Slack sends, asks the core's doors and renders their answers from
 * {@code conversations/} in the user's language; it decides no rule and no sign-in step itself:
 * every change and administrator action is a {@code PendingAction} run by the sign-in door, whose
 * steps become messages ({@link dev.tenso.slack.StepReplies}) or modals ({@link
 * dev.tenso.slack.StepViews}). A Slack user is the directory user whose record holds their Slack
 * id. The acknowledgement of a command is built from one forwarding snapshot (of the user the
 * Slack id is linked to: two Redis round trips, not growing with the organisation); everything slow (the core's
 * changes, {@code users.info}, {@code views.open}/{@code views.publish}, mail) runs after it on an
 * executor and answers through the command's {@code response_url} or the Web API, always through
 * Bolt's client.
 */
package dev.tenso.slack;
