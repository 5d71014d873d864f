package dev.tenso.redis;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * An adapter test class, run on each shape ({@link OnEachTopology}), whose tests each start from
 * an empty Redis: {@link #redis} is a private redis-server on the single shape and the shared test
 * cluster on the cluster shape ({@link Fixtures#scratch()}), emptied before each test.
 */
abstract class EmptiedOnEachTopology extends OnEachTopology {
  static Fixtures.Scratch server;
  static StringRedisTemplate redis;

  @BeforeAll
  static void startScratch() {
    server = Fixtures.scratch();
    redis = server.redis;
  }

  @AfterAll
  static void stopScratch() {
    server.close();
  }

  @BeforeEach
  void empty() {
    server.flush();
  }
}
