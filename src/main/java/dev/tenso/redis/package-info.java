/**
 * Redis adapters of the core's ports (Spring Data Redis over Lettuce, {@code StringRedisTemplate},
 * explicit keys, no {@code @RedisHash} repositories). Every Redis error is told apart by
 * {@link dev.tenso.redis.RedisFailures}: "cannot answer now" (down, timeout, READONLY, LOADING,
 * MASTERDOWN...) becomes {@link dev.tenso.core.common.StoreUnavailableException}; anything else is
 * a bug and stays one.
 *
 * <h2>Key schema</h2>
 * Every key starts with {@code tenso:} and is named in {@link dev.tenso.redis.Keys}. Keys one
 * script changes together share a hash tag (literal braces), so on Redis Cluster every script
 * touches one slot: a number's keys {@code {<digits>}}, the directory's {@code {directory}}, the
 * inventory's {@code {inventory}}, a user's sign-in records {@code {<user id>}}; an import's parts
 * {@code {<import id>}}. The README's "Redis key schema" lists every key with its fields; a store
 * written before the hash tags is renamed once at start-up ({@link dev.tenso.redis.KeySchema}).
 * <pre>
 * tenso:number:{D} tenso:forwarding:{D} tenso:route:{D}   a number, its setting, its routing
 * tenso:audit:number:{D} tenso:voicemail:{D}               its events, its messages
 * tenso:voicemail-recording:{D}:id                         a recording kept (30 days)
 * tenso:user:{directory}:id, user-email, user-slack,       the directory and its indexes
 *   user-phone, number-users, users, usergroup(s), usergroup-names
 * tenso:user-list:{directory}:email|name|phone             the user list (sorted sets, score 0)
 * tenso:user-indexes                                       "2": the indexes above were built
 * tenso:voicegroup|site|contract:{inventory}:id, ...s      the inventory and its index sets
 * tenso:numbers:{inventory}                                number digits
 * tenso:search:{inventory}:vg|site|contract:id, search-*    number search's sorted indexes
 * tenso:inventory-state:{directory}                        version: moved on by an import of contracts, sites
 * tenso:audit:directory:{directory}                        events naming no number
 * tenso:audit:unfed:{D}|{directory}                        first event not fed to the views
 * tenso:audit, tenso:audit:user:{id}                       views fed by AuditFeed
 * tenso:auth:kind:{user}                                   sign-in records (package auth)
 * tenso:ivr:call:CallSid                                   a call's IVR state (TTL)
 * tenso:imports, tenso:import:{id}:n, ...:committed        staged imports
 * tenso:routes-backfilled                                 "1": old numbers got routing
 * tenso:schema                                             "2": the names above
 * tenso:delivery:{id}                                     a channel delivery taken (TTL 1 h)
 * </pre>
 * A forwarding change is one Lua script ({@code Scripts.FORWARDING_CAS}) in the number's slot:
 * check {@code version}, write the fields, bump {@code version}, replace the routing record, XADD
 * the event to the number's stream and mark it unfed; {@link dev.tenso.redis.AuditFeed} then
 * feeds it to the views that span slots. A user is written by one script
 * ({@code Scripts.USER_WRITE}) in the directory's slot with its indexes
 * ({@link dev.tenso.redis.UserIndexes}, the user list's among them) and audit event: a new one
 * only while its id, email and Slack id are free, an update only while every stored field still
 * equals the record the caller read. The import stages its writes in parts under keys of its own, commits them with one
 * script, and switches each record in with one script ({@code Scripts.IMPORT_APPLY}) that writes
 * it whole, with its audit event, or not at all when the forwarding version or the user it was
 * planned from changed ({@link dev.tenso.redis.StagedImport}). Every key a script touches is
 * passed in KEYS.
 */
package dev.tenso.redis;
