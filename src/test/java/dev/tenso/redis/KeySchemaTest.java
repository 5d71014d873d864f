package dev.tenso.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.SearchField;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.testsupport.AuditFeeds;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A store written before the hash tags (one server) has its keys renamed once at start-up; the
 * adapters then read it as before, and a second start renames nothing.
 */
class KeySchemaTest {
  @Test
  void anOldStoreIsRenamedOnceAndReadAsBefore() {
    try (var own = new Fixtures.Private()) {
      var redis = own.redis;
      var user = Fixtures.user(new RedisUsers(redis, AuditFeeds.of(redis)).nextId(),
          "old@example.com");
      String id = user.id().value();
      redis.opsForHash().putAll("tenso:forwarding:05011110001", Map.of("version", "3",
          "enabled", "true", "mode", "UNCONDITIONAL", "ringTime", "30", "slot1", "090-1234-5678",
          "slot2", "", "slot3", "", "slot4", "", "slot5", "", "active", "1"));
      redis.opsForHash().putAll("tenso:route:05011110001", Map.of("action", "RING",
          "terminal", "sip:a@example.com", "seconds", "30"));
      redis.opsForSet().add("tenso:numbers", "05011110001");
      redis.opsForHash().putAll("tenso:user:" + id, UserCodec.fields(user));
      redis.opsForValue().set("tenso:user-email:old@example.com", id);
      redis.opsForSet().add("tenso:users", id);
      for (UserIndexes.Listed l : UserIndexes.listed(user)) { // the user list, as main stored it
        redis.opsForZSet().add(l.key().replace(Keys.DIRECTORY + ":", ""), l.member(), 0);
      }
      redis.opsForValue().set("tenso:auth:totp:" + id, "sealed");
      redis.opsForStream().add("tenso:audit:user:" + id, Map.of("action", "user.add"));
      redis.opsForValue().set("tenso:auth:session:slack:U1", "kept as it is");

      assertThat(KeySchema.migrate(redis)).isEqualTo(11);

      var forwarding = new RedisForwardingStore(redis, AuditFeeds.of(redis))
          .get(new IpNumber("05011110001"));
      assertThat(forwarding.version()).isEqualTo(3);
      assertThat(forwarding.value().slot(1)).contains("090-1234-5678");
      assertThat(new RedisRoutingTable(redis).route(new IpNumber("05011110001"))).isPresent();
      assertThat(new RedisUsers(redis, AuditFeeds.of(redis)).byEmail(Email.of("old@example.com")))
          .contains(user);
      assertThat(new RedisUsers(redis, AuditFeeds.of(redis)).page(SearchField.EMAIL, "old", 1, 10)
          .items()).containsExactly(user);
      assertThat(redis.hasKey("tenso:auth:totp:{" + id + "}")).isTrue();
      assertThat(redis.opsForStream().size(Keys.userAudit(id))).isEqualTo(1);
      assertThat(redis.opsForSet().members(Keys.NUMBERS)).containsExactly("05011110001");
      assertThat(redis.opsForValue().get("tenso:auth:session:slack:U1")).isEqualTo("kept as it is");
      assertThat(redis.keys("tenso:*")).allMatch(k -> k.contains("{") || k.equals(KeySchema.KEY)
          || k.startsWith("tenso:auth:session:"));

      assertThat(KeySchema.migrate(redis)).isZero();
    }
  }

  @Test
  void aClusterHasNothingToRename() {
    assertThat(KeySchema.migrate(dev.tenso.testsupport.Topology.CLUSTER.template())).isZero();
    assertThat(dev.tenso.testsupport.Topology.CLUSTER.template().opsForValue()
        .get(KeySchema.KEY)).isEqualTo(KeySchema.VERSION);
  }
}
