/**
 * Redis adapters of the sign-in ports: registration codes, mail codes, TOTP secrets (AES-GCM
 * encrypted) with the replay guard, lockouts, terms agreements and sessions. Explicit keys under
 * {@code tenso:auth:}, explicit TTLs, Lua for every check-and-set. Also the server key, the HMAC
 * that hashes codes and the cipher that seals secrets.
 */
package dev.tenso.redis.auth;
