/**
 * Redis adapters of the core's ports (Spring Data Redis over Lettuce, {@code StringRedisTemplate},
 * explicit keys, no {@code @RedisHash} repositories). Every Redis outage is turned into
 * {@link dev.tenso.core.common.StoreUnavailableException} by {@link dev.tenso.redis.RedisFailures}.
 *
 * <h2>Key schema</h2>
 * Every key starts with {@code tenso:}. The organisation's data has no TTL; the voicemail marks and
 * the calls' IVR state do.
 * Lists inside a hash field are joined with a newline, sorted.
 * <pre>
 * key                              type    fields / value
 * tenso:voicegroup:{Y..}           hash    id, name
 * tenso:voicegroups                set     voice group ids
 * tenso:site:{siteId}              hash    id, name, voiceGroup, opened (true|false)
 * tenso:sites                      set     site ids
 * tenso:contract:{N..}             hash    number, voiceGroup, site, plan (MOBILE_OFFICE|IP_VOICE),
 *                                          membersNet, messageBox, representative (true|false)
 * tenso:contracts                  set     contract numbers
 * tenso:number:{11 digits}         hash    number (digits), contract, terminal (SIP URI or empty)
 * tenso:numbers                    set     number digits
 * tenso:forwarding:{11 digits}     hash    version (1, 2, ...; absent = 0 = never set), enabled,
 *                                          mode, ringTime, slot1..slot5 (as entered, "" = empty),
 *                                          active (1-5 | VOICEMAIL)
 * tenso:user:{userId}              hash    id, name, email, emailKey (lower-cased), phone, mobile,
 *                                          language (ja|en), secondFactor, role, title, timezone,
 *                                          groups, numbers (digits), comment, lineNotification,
 *                                          status (PENDING|ACTIVE|DISABLED), createdAt (ISO-8601),
 *                                          slackId ("" or absent: not linked)
 * tenso:user-email:{emailKey}      string  the user id owning this lower-cased email
 * tenso:user-slack:{slackId}       string  the user id linked to this Slack user id
 * tenso:user-phone:{digits}        set     ids of users, not DISABLED, with this phone or mobile
 * tenso:number-users:{11 digits}   set     ids of users who have this number assigned directly
 * tenso:user-list:{email|name|phone} zset  the user list: one member per user, score 0 (sorted by
 *                                          bytes): emailKey\0id, or the name (folded, no
 *                                          spaces) or the phone's digits, then \0emailKey\0id
 * tenso:users                      set     user ids
 * tenso:user-indexes               string  "2" once the indexes above were built ("1": all but
 *                                          the user list)
 * tenso:usergroup:{name}           hash    name, sites, voiceGroups
 * tenso:usergroups                 set     user group names
 * tenso:audit                      stream  every audit event: at, actor, channel, action, number,
 *                                          subject, before, after (+ version for forwarding)
 * tenso:audit:number:{11 digits}   stream  the same events of one number
 * tenso:audit:user:{userId}        stream  the events a user made or was the subject of
 * tenso:import:{importId}:{n}      list    part n of a staged import (key count, keys, arguments
 *                                          of the apply script); 1 h TTL until committed
 * tenso:import:committed           string  "{importId} {parts}" of the import being switched in
 * tenso:route:{11 digits}          hash    the routing record of a call: action (RING|FORWARD|
 *                                          RING_THEN_FORWARD), terminal, seconds, condition, to
 *                                          (E.164 | VOICEMAIL); written with each forwarding
 *                                          change (same script) and by the import
 * tenso:routes-backfilled         string  "1" once every number stored before routing records
 *                                          got one (the start-up backfill then reads nothing)
 * tenso:voicemail:{11 digits}      stream  messages: recording, url, seconds, caller, at
 * tenso:voicemail-recording:{id}   string  a recording kept already (TTL 30 days)
 * tenso:ivr:call:{CallSid}         hash    a call's IVR state (TTL): state, tries, lang, step,
 *                                          v.*, claim.n, answer.n
 * tenso:delivery:{id}              string  a channel delivery already taken (TTL 1 h)
 * </pre>
 * A forwarding change is one Lua script ({@code Scripts.FORWARDING_CAS}): check {@code version},
 * write the fields, bump {@code version}, XADD the event to {@code tenso:audit}, the number's and
 * the users' streams. A user is written by one script ({@code Scripts.USER_WRITE}) with its
 * indexes ({@link dev.tenso.redis.UserIndexes}, the user list's among them) and audit event: a new one only while its id,
 * email and Slack id are free, an update only while every stored field still equals the record
 * the caller read. The import stages its writes in parts under keys of
 * its own, commits them with one script, and switches each part in with one script
 * ({@code Scripts.IMPORT_APPLY}) that writes each row whole, with its audit event, or not at all
 * when the forwarding version or the user it was planned from changed ({@link
 * dev.tenso.redis.StagedImport}).
 */
package dev.tenso.redis;
