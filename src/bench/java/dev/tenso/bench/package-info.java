/**
 * The benchmark harness ({@code ./mvnw -B -Pbench test-compile exec:exec}): the core's hot paths
 * (show, change with its compare-and-set loop, the forwarding rules, TOTP verification with its
 * replay guard) on a real redis-server holding the demo organisation, each measured after a
 * warm-up and checked against the targets in {@link dev.tenso.bench.Targets}. Never part of the
 * normal build: the source root is added only by the Maven profile {@code bench}.
 */
package dev.tenso.bench;
