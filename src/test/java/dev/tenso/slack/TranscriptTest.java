package dev.tenso.slack;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.DataType;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Every transcript of {@code conversations/transcripts/} as a test: signed requests into the
 * running app, WireMock for the Slack Web API, a real redis-server and GreenMail. While working on
 * one, {@code -Dtranscript=<start of its file name>} plays only the files whose names start so.
 */
class TranscriptTest extends SlackFixture {
  @Autowired StringRedisTemplate redis;

  @TestFactory
  Stream<DynamicTest> transcripts() {
    String only = System.getProperty("transcript", "");
    List<Transcript> all = Transcript.all().stream().filter(t -> t.file().startsWith(only))
        .toList();
    assertThat(all).as("transcripts on the test classpath").isNotEmpty();
    return all.stream().map(t -> DynamicTest.dynamicTest(t.toString(), () -> {
      freshWorld(t.organisation());
      new TranscriptRun(t, wire, api, catalogs.chat(), world()).run();
    }));
  }

  private TranscriptRun.World world() {
    return new TranscriptRun.World() {
      @Override
      public Map<String, String> forwarding(String number) {
        Map<String, String> out = new HashMap<>();
        redis.opsForHash().entries("tenso:forwarding:{" + number.replace("-", "") + "}")
            .forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        return out;
      }

      @Override
      public Map<String, String> keyspace() {
        Map<String, String> out = new TreeMap<>();
        for (String key : redis.keys("tenso:*")) {
          DataType type = redis.type(key);
          String value = switch (type) {
            case STRING -> redis.opsForValue().get(key);
            case HASH -> new TreeMap<>(redis.opsForHash().entries(key)).toString();
            case SET -> new java.util.TreeSet<>(redis.opsForSet().members(key)).toString();
            case STREAM -> String.valueOf(redis.opsForStream().size(key));
            case ZSET -> String.valueOf(redis.opsForZSet().size(key));
            default -> type.code();
          };
          out.put(key, value);
        }
        return out;
      }

      @Override
      public String lastMail(String address) {
        MimeMessage[] all = SMTP.getReceivedMessages();
        StringBuilder newestFirst = new StringBuilder();
        for (int i = all.length - 1; i >= 0; i--) {
          if (to(all[i], address)) {
            try {
              newestFirst.append(all[i].getContent()).append('\n');
            } catch (java.io.IOException | jakarta.mail.MessagingException e) {
              newestFirst.append('\n');
            }
          }
        }
        return newestFirst.toString();
      }

      @Override
      public int mailsTo(String address) {
        return (int) Arrays.stream(SMTP.getReceivedMessages()).filter(m -> to(m, address))
            .count();
      }
    };
  }

  private static boolean to(MimeMessage m, String address) {
    try {
      return m.getAllRecipients() != null && Arrays.stream(m.getAllRecipients())
          .anyMatch(a -> a.toString().contains(address));
    } catch (jakarta.mail.MessagingException e) {
      return false;
    }
  }
}
