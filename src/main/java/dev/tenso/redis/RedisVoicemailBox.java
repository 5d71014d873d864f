package dev.tenso.redis;

import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.voicemail.Voicemail;
import dev.tenso.core.voicemail.VoicemailBox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Voicemail messages per number in a stream ({@code tenso:voicemail:{<digits>}}, the newest
 * {@value #KEEP} or so), each recording id marked once
 * ({@code tenso:voicemail-recording:{<digits>}:<id>}, 30 days, in the number's slot) so that a retried notice adds nothing: both in one script.
 */
public final class RedisVoicemailBox implements VoicemailBox {
  static final int KEEP = 1000; // the MAXLEN of the script
  private static final long SEEN_SECONDS = 30L * 24 * 3600;

  /** KEYS[1] the number's stream, KEYS[2] the recording's mark; ARGV[1] mark TTL, then pairs. */
  private static final RedisScript<Long> ADD = RedisScript.of("""
      if not redis.call('SET', KEYS[2], '1', 'NX', 'EX', ARGV[1]) then return 0 end
      local fields = {}
      for i = 2, #ARGV do fields[#fields + 1] = ARGV[i] end
      redis.call('XADD', KEYS[1], 'MAXLEN', '~', '1000', '*', unpack(fields))
      return 1
      """, Long.class);

  private final StringRedisTemplate redis;

  public RedisVoicemailBox(StringRedisTemplate redis) {
    this.redis = redis;
  }

  static String key(String digits) {
    return Keys.PREFIX + "voicemail:" + Keys.tag(digits);
  }

  /** The mark of a recording kept, in its number's slot (the script writes both). */
  static String seenKey(String digits, String recordingId) {
    return Keys.PREFIX + "voicemail-recording:" + Keys.tag(digits) + ":" + recordingId;
  }

  @Override
  public boolean add(Voicemail m) {
    List<String> args = new ArrayList<>();
    args.add(Long.toString(SEEN_SECONDS));
    Scripts.addPairs(args, Map.of("recording", m.recordingId(), "url", m.url(),
        "seconds", Integer.toString(m.seconds()), "caller", m.caller(), "at", m.at().toString()));
    Long added = RedisFailures.call(() -> redis.execute(ADD,
        List.of(key(m.number().digits()), seenKey(m.number().digits(), m.recordingId())), args.toArray()));
    return added != null && added == 1L;
  }

  @Override
  public List<Voicemail> latest(IpNumber number, int count) {
    List<MapRecord<String, Object, Object>> records = RedisFailures.call(() -> redis
        .opsForStream().reverseRange(key(number.digits()), Range.unbounded(),
            Limit.limit().count(count)));
    List<Voicemail> out = new ArrayList<>();
    for (MapRecord<String, Object, Object> r : records == null ? List.<MapRecord<String, Object,
        Object>>of() : records) {
      Map<Object, Object> h = r.getValue();
      out.add(new Voicemail(number, UserCodec.s(h, "recording"), UserCodec.s(h, "url"),
          Integer.parseInt(UserCodec.s(h, "seconds")), UserCodec.s(h, "caller"),
          Instant.parse(UserCodec.s(h, "at"))));
    }
    return out;
  }
}
