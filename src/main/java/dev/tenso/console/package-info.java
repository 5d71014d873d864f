/**
 * The console: a demo page ({@code /console}) that drives the real channels as any user, for
 * trying tenso without Slack or Twilio. It adds no rule and no second code path: its server side
 * signs requests as Twilio would and posts them to the phone channel's own endpoints
 * ({@code /twilio/*}). It also shows the mails of the embedded SMTP server and, for users at
 * example addresses, the current TOTP code. Loopback only unless an operator says otherwise
 * ({@link dev.tenso.console.LoopbackOnly}). The chat pane comes with the Slack channel.
 */
package dev.tenso.console;
