/**
 * Sign-in (§3, §4 of the domain): registration codes, identity confirmation, TOTP with a replay
 * guard, mail codes, lockout, terms, sessions. Channel-neutral: channels only ask and render.
 */
package dev.tenso.core.auth;
