/**
 * The dialog layer: the message catalogs loaded from {@code conversations/} (chat and mail) and
 * {@code ivr-scripts/} (spoken), each message in Japanese and English with {@code {name}}
 * placeholders, and the words renderers share (forwarding settings described in words).
 */
package dev.tenso.dialog;
