/**
 * Voicemail (留守番電話): a message a caller left on an office number whose forwarding sends calls
 * to voicemail, kept with the number and announced to the number's users by mail and through
 * {@link dev.tenso.core.voicemail.VoicemailAnnouncer} (a Slack DM when that channel is on).
 */
package dev.tenso.core.voicemail;
