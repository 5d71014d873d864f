package dev.tenso.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenso.core.common.StoreUnavailableException;
import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.testsupport.AuditFeeds;
import dev.tenso.testsupport.TestSentinels;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A primary, its replica and three Sentinels: a change is answered done only once the replica has
 * it (WAIT), and when the primary is killed while 200 writers change forwarding, tenso follows
 * the promotion without a restart; every writer was answered done, conflict or temporarily
 * unavailable within seconds, and every change answered done is there afterwards. Until the
 * killed machine is back as a replica of the new primary, no change is answered done.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SentinelFailoverTest {
  private static final Duration WAIT = Duration.ofMillis(500);
  private static TestSentinels redis;
  private static LettuceConnectionFactory factory;
  private static StringRedisTemplate template;
  private static ReplicatedForwardingStore store;

  @BeforeAll
  static void start() {
    redis = new TestSentinels();
    factory = redis.connectionFactory();
    template = Fixtures.template(factory);
    store = new ReplicatedForwardingStore(
        new RedisForwardingStore(template, AuditFeeds.of(template)), redis.lanes(8), 1, WAIT);
  }

  @AfterAll
  static void stop() {
    factory.destroy();
    redis.close();
  }

  private static ForwardingSetting setting(int writer, int round) {
    return ForwardingSetting.initial().withEnabled(true)
        .withSlot(1, String.format("090%04d%04d", writer, round % 10_000));
  }

  private static boolean change(IpNumber n, int writer, int round, Map<String, Long> acked) {
    var current = store.get(n);
    var next = setting(writer, round);
    if (!store.compareAndSet(n, current.version(), next, Fixtures.RING,
        Fixtures.change("u" + writer, n, current.value(), next))) {
      return false;
    }
    acked.merge(n.digits(), current.version() + 1, Math::max);
    return true;
  }

  @Test
  @Order(1)
  void aChangeIsDoneOnlyOnceTheReplicaHasIt() throws Exception {
    IpNumber n = Fixtures.uniqueNumber();
    assertThat(change(n, 1, 1, new ConcurrentHashMap<>())).isTrue();

    int replica = otherThan(redis.primaryPort());
    var asleep = new java.util.concurrent.CountDownLatch(1);
    Thread sleeper = new Thread(() -> debugSleep(replica, 2, asleep));
    sleeper.start();
    asleep.await();
    Thread.sleep(200);
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> change(n, 1, 2, new ConcurrentHashMap<>()))
        .isInstanceOf(StoreUnavailableException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
    sleeper.join();
    assertThat(store.get(n).version()).isEqualTo(2); // on the primary; not told done
  }

  @Test
  @Order(2)
  void killingThePrimaryUnder200WritersLosesNoChangeAnsweredDone() throws Exception {
    List<IpNumber> numbers = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      numbers.add(Fixtures.uniqueNumber());
    }
    Map<String, Long> acked = new ConcurrentHashMap<>();
    AtomicInteger done = new AtomicInteger();
    AtomicInteger doneAfterPromotion = new AtomicInteger();
    AtomicInteger conflicts = new AtomicInteger();
    AtomicInteger unavailable = new AtomicInteger();
    AtomicLong longestNanos = new AtomicLong();
    AtomicLong longestUnavailableNanos = new AtomicLong();
    var slowest = new java.util.concurrent.atomic.AtomicReference<Throwable>();
    Set<Throwable> bugs = ConcurrentHashMap.newKeySet();
    AtomicBoolean promoted = new AtomicBoolean();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService writers = Executors.newFixedThreadPool(200);
    for (int w = 0; w < 200; w++) {
      int writer = w;
      writers.execute(() -> {
        for (int round = 0; !stop.get(); round++) {
          long t0 = System.nanoTime();
          try {
            if (change(numbers.get(writer % numbers.size()), writer, round, acked)) {
              done.incrementAndGet();
              if (promoted.get()) {
                doneAfterPromotion.incrementAndGet();
              }
            } else {
              conflicts.incrementAndGet();
            }
          } catch (StoreUnavailableException e) {
            unavailable.incrementAndGet();
            if (!e.getMessage().contains("replica")) { // Redis away, not a change unconfirmed
              long took = System.nanoTime() - t0;
              if (took > longestUnavailableNanos.getAndAccumulate(took, Math::max)) {
                slowest.set(e);
              }
            }
            pause();
          } catch (RuntimeException e) {
            if (bugs.size() < 20) { // a few tell the story; a loop of them must not fill the heap
              bugs.add(e);
            }
            pause();
          }
          longestNanos.accumulateAndGet(System.nanoTime() - t0, Math::max);
        }
      });
    }
    int doneWithoutReplica;
    try {
      Thread.sleep(1_000);
      int old = redis.killPrimary();
      redis.awaitPromotionAwayFrom(old);
      promoted.set(true);
      doneWithoutReplica = doneAfterPromotion.get();
      redis.restart(old); // the machine replaced: the Sentinels make it the new replica
      long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (doneAfterPromotion.get() < 200 && System.nanoTime() < until) {
        Thread.sleep(100);
      }
    } finally { // the writers stop whatever happened, never left running into the next tests
      stop.set(true);
      writers.shutdown();
    }

    assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).as("no writer hangs").isTrue();
    assertThat(bugs).isEmpty();
    assertThat(doneWithoutReplica).as("no replica yet: nothing answered done").isZero();
    assertThat(doneAfterPromotion.get()).as("followed the failover").isGreaterThanOrEqualTo(200);
    assertThat(unavailable.get()).isPositive();
    // Redis away is told at once; a call is slower only queued behind 199 others on 2 cores
    assertThat(Duration.ofNanos(longestUnavailableNanos.get()))
        .as(() -> stackOf(slowest.get())).isLessThan(Duration.ofMillis(2500));
    // a change waits at most 1 s for a lane, then its WAIT at most 0.5 s: nobody queues longer
    assertThat(Duration.ofNanos(longestNanos.get())).isLessThan(Duration.ofSeconds(5));
    for (IpNumber n : numbers) {
      Long last = acked.get(n.digits());
      if (last != null) {
        assertThat(store.get(n).version()).as(n.digits()).isGreaterThanOrEqualTo(last);
        assertThat(versionsAudited(n)).as(n.digits()).contains(Long.toString(last));
      }
    }
  }

  /** The versions the number's audit stream holds events of. */
  private static List<String> versionsAudited(IpNumber n) {
    var records = template.opsForStream().range(Keys.numberAudit(n.digits()),
        org.springframework.data.domain.Range.unbounded());
    return records.stream().map(r -> String.valueOf(r.getValue().get("version"))).toList();
  }

  private static String stackOf(Throwable t) {
    var out = new java.io.StringWriter();
    t.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int otherThan(int primary) {
    RedisClient client = RedisClient.create();
    try (var c = client.connect(RedisURI.create("127.0.0.1", primary))) {
      String info = c.sync().info("replication");
      String line = info.lines().filter(l -> l.startsWith("slave0:")).findFirst().orElseThrow();
      return Integer.parseInt(line.replaceAll(".*port=(\\d+).*", "$1"));
    } finally {
      client.shutdown();
    }
  }

  private static void debugSleep(int port, int seconds, java.util.concurrent.CountDownLatch asleep) {
    RedisClient client = RedisClient.create();
    try (var c = client.connect(RedisURI.create("127.0.0.1", port))) {
      c.setTimeout(Duration.ofSeconds(seconds + 5));
      asleep.countDown();
      c.sync().dispatch(io.lettuce.core.protocol.CommandType.DEBUG,
          new io.lettuce.core.output.StatusOutput<>(io.lettuce.core.codec.StringCodec.UTF8),
          new io.lettuce.core.protocol.CommandArgs<>(io.lettuce.core.codec.StringCodec.UTF8)
              .add("SLEEP").add(seconds));
    } finally {
      client.shutdown();
    }
  }
}
