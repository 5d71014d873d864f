/**
 * The console: a demo page ({@code /console}) that drives the real channels as any user, for
 * trying tenso without Slack or Twilio. It adds no rule and no second code path: its server side
 * signs requests as Slack and Twilio would and posts them to the channels' own endpoints
 * ({@code /twilio/*}, {@code /slack/events}); Bolt's Web API calls go to a stand-in on a loopback
 * port of its own ({@link dev.tenso.console.SlackStandIn}) that records them for the page. It
 * also shows the mails of the embedded SMTP server and, for users at example addresses, the
 * current TOTP code. Loopback only unless an operator says otherwise
 * ({@link dev.tenso.console.LoopbackOnly}).
 */
package dev.tenso.console;
