/**
 * The parity table ({@code parity/forwarding-rules.yaml}) and its one reader, and the test that
 * runs every row through the Slack channel and the phone channel of one app and asserts that both
 * answer alike, and as the row says.
 */
package dev.tenso.parity;
