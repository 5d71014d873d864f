/**
 * Tests through both channels of one running app ({@link dev.tenso.parity.BothChannels}): the
 * parity table ({@code parity/forwarding-rules.yaml}) and its one reader, with the test that runs
 * every row through the Slack channel and the phone channel and asserts that both answer alike,
 * and as the row says; and the lockout that wrong codes on either channel share.
 */
package dev.tenso.parity;
