/**
 * Forwarding (§5 and §6 of the domain): the setting per number, its rules with their error codes,
 * the use cases the channels call (show, change, turn off, list destinations) and the routing
 * decision for an inbound call.
 */
package dev.tenso.core.forwarding;
