package dev.tenso.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestRedisSmokeTest {
  @Test
  void aRealServerAnswers() {
    var t = TestRedis.shared().template();
    t.opsForValue().set("smoke:k", "v");
    assertThat(t.opsForValue().get("smoke:k")).isEqualTo("v");
    assertThat(t.execute(c -> c.serverCommands().info("server"), true).getProperty("redis_version"))
        .startsWith("6.");
    t.delete("smoke:k");
  }
}
