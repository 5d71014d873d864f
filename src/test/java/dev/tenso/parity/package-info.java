/**
 * The parity table's reader, shared by the channels' parity tests (Slack, phone): the same rows,
 * the same answers from every channel.
 */
package dev.tenso.parity;
