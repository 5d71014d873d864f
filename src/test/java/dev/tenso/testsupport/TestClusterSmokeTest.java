package dev.tenso.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.script.RedisScript;

/** The test cluster is a real one: keys spread over its nodes, a cross-slot script refused. */
class TestClusterSmokeTest {
  private final TestCluster cluster = TestCluster.shared();

  @Test
  void keysSpreadOverThreePrimariesAndPipelinesWork() {
    var t = cluster.template();
    List<String> keys = List.of("smoke:{a}", "smoke:{b}", "smoke:{c}", "smoke:{d}");
    keys.forEach(k -> t.opsForValue().set(k, k));
    List<Object> read = t.executePipelined(new SessionCallback<>() {
      @Override
      @SuppressWarnings("unchecked")
      public <K, V> Object execute(RedisOperations<K, V> ops) {
        keys.forEach(k -> ops.opsForValue().get((K) k));
        return null;
      }
    });
    assertThat(read).containsExactlyElementsOf(keys);
    assertThat(t.getConnectionFactory().getClusterConnection().clusterGetNodes()).hasSize(3);
    t.delete(keys);
  }

  @Test
  void aScriptOverTwoSlotsIsRefused() {
    var script = RedisScript.of("redis.call('SET', KEYS[1], 1) redis.call('SET', KEYS[2], 1) "
        + "return 1", Long.class);
    assertThatThrownBy(() -> cluster.template().execute(script, List.of("smoke:{a}", "smoke:{b}")))
        .hasStackTraceContaining("CROSSSLOT");
    assertThat(cluster.template().execute(script, List.of("smoke:{a}:1", "smoke:{a}:2")))
        .isEqualTo(1L);
    cluster.template().delete(List.of("smoke:{a}:1", "smoke:{a}:2"));
  }
}
