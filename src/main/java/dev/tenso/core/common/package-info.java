/**
 * The shared kernel of the core: error codes, violations, outcomes, channels and pages. Plain Java;
 * no framework may be imported anywhere under {@code dev.tenso.core} (an ArchUnit test checks it).
 */
package dev.tenso.core.common;
