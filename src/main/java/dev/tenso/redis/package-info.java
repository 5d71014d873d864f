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
 *                                          status (PENDING|ACTIVE|DISABLED), createdAt (ISO-8601)
 * tenso:user-email:{emailKey}      string  the user id owning this lower-cased email
 * tenso:users                      set     user ids
 * tenso:usergroup:{name}           hash    name, sites, voiceGroups
 * tenso:usergroups                 set     user group names
 * tenso:audit                      stream  every audit event: at, actor, channel, action, number,
 *                                          subject, before, after (+ version for forwarding)
 * tenso:audit:number:{11 digits}   stream  the same events of one number
 * tenso:audit:user:{userId}        stream  the events a user made or was the subject of
 * tenso:route:{11 digits}          hash    the routing record of a call: action (RING|FORWARD|
 *                                          RING_THEN_FORWARD), terminal, seconds, condition, to
 *                                          (E.164 | VOICEMAIL); written with each forwarding
 *                                          change (same script) and by the import
 * tenso:voicemail:{11 digits}      stream  messages: recording, url, seconds, caller, at
 * tenso:voicemail-recording:{id}   string  a recording kept already (TTL 30 days)
 * tenso:ivr:call:{CallSid}         hash    a call's IVR state (TTL): state, tries, lang, step,
 *                                          v.*, claim.n, answer.n
 * </pre>
 * A forwarding change is one Lua script ({@code Scripts.FORWARDING_CAS}): check {@code version},
 * write the fields, bump {@code version}, XADD the event to {@code tenso:audit}, the number's and
 * the users' streams. A new user is one script that refuses a taken id or email key; an update
 * is a compare-and-set script that writes (and moves the email key) only while every stored field
 * still equals the record the caller read. The import writes its whole change set in one
 * MULTI/EXEC under WATCH of the forwarding hashes and user keys it read, after checking that each
 * user it changes is still stored exactly as it was read.
 */
package dev.tenso.redis;
