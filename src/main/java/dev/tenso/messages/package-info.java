/**
 * Message catalogs, and only that: the texts loaded from {@code conversations/} (chat and mail)
 * and {@code ivr-scripts/} (spoken), each message in Japanese and English with {@code {name}}
 * placeholders, and the words renderers share (forwarding settings and times described in words).
 * No flow lives here: the steps of sign-in are the core's ({@code core.auth.SignInUseCases}), the
 * conversations are the channels'. What this package exposes holds no Spring or SnakeYAML type
 * (an ArchUnit test checks it), so a channel or the mail adapter depends on the texts only.
 */
package dev.tenso.messages;
