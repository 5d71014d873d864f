package dev.tenso.config;

import dev.tenso.core.audit.AuditLog;
import dev.tenso.core.common.Deliveries;
import dev.tenso.core.directory.UserGroups;
import dev.tenso.core.directory.Users;
import dev.tenso.core.forwarding.ForwardingSnapshots;
import dev.tenso.core.forwarding.ForwardingStore;
import dev.tenso.core.forwarding.RoutingTable;
import dev.tenso.core.inventory.Inventory;
import dev.tenso.core.voicemail.VoicemailBox;
import dev.tenso.importer.ImportWriter;
import dev.tenso.redis.AuditFeed;
import dev.tenso.redis.RedisAuditLog;
import dev.tenso.redis.RedisCallStates;
import dev.tenso.redis.RedisDeliveries;
import dev.tenso.redis.RedisForwardingSnapshots;
import dev.tenso.redis.RedisForwardingStore;
import dev.tenso.redis.RedisImportWriter;
import dev.tenso.redis.RedisInventory;
import dev.tenso.redis.RedisRoutingTable;
import dev.tenso.redis.TrackedHashes;
import dev.tenso.redis.RedisUserGroups;
import dev.tenso.redis.RedisUsers;
import dev.tenso.redis.RedisVoicemailBox;
import dev.tenso.redis.ReplicatedForwardingStore;
import dev.tenso.voice.CallStates;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The Redis adapters of the core's ports, built once Redis answered and its key schema is up to
 * date ({@link RedisStartupCheck}), and the audit feed with its sweep.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AuditProperties.class, ReplicaProperties.class})
class RedisStoresConfig {
  @Bean
  AuditFeed auditFeed(StringRedisTemplate redis, AuditProperties audit,
      RedisStartupCheck checked) {
    return new AuditFeed(redis, audit.retention(), Clock.systemUTC()); // the stream ids' clock
  }

  @Bean
  AuditSweep auditSweep(AuditFeed feed) {
    return new AuditSweep(feed);
  }

  @Bean
  Inventory inventory(StringRedisTemplate redis, RedisStartupCheck checked) {
    RedisInventory inventory = new RedisInventory(redis);
    inventory.indexForSearch(); // an inventory stored before the search indexes gets them, once
    return inventory;
  }

  /**
   * Behind Sentinels a change is answered done once a replica has it (unless
   * {@code tenso.redis.wait-replicas} is 0); elsewhere once the primary has it.
   */
  @Bean
  ForwardingStore forwardingStore(StringRedisTemplate redis, AuditFeed feed, TrackedHashes tracked,
      DataRedisConnectionDetails details, ReplicaProperties replicas,
      ObjectProvider<ReplicaLanes> lanes) {
    var store = new RedisForwardingStore(redis, feed, tracked);
    if (details.getSentinel() == null || replicas.waitReplicas() == 0) {
      return store;
    }
    return new ReplicatedForwardingStore(store, lanes.getObject().connections(),
        replicas.waitReplicas(), replicas.waitTimeout());
  }

  @Bean(destroyMethod = "close")
  @Lazy
  ReplicaLanes replicaLanes(DataRedisConnectionDetails details, ReplicaProperties replicas) {
    return new ReplicaLanes(details.getSentinel(), details.getPassword(), replicas.waitLanes());
  }

  @Bean
  ForwardingSnapshots forwardingSnapshots(StringRedisTemplate redis, TrackedHashes tracked,
      RedisStartupCheck checked) {
    return new RedisForwardingSnapshots(redis, tracked);
  }

  /**
   * The hashes the hot paths read (routing records; the users, numbers, settings, groups,
   * contracts and sites of a Slack snapshot), kept in memory until Redis tells of a change
   * (server-assisted client-side caching, on a connection of their own; off on a cluster): a call
   * to a number whose setting did not change, or a Slack user's status when nothing in it
   * changed, reads nothing.
   */
  @Bean(destroyMethod = "close")
  TrackedHashes trackedHashes(RedisConnectionFactory factory, RedisStartupCheck checked) {
    return TrackedHashes.connect(factory, TRACKED_KEPT, TRACKED_MAX_AGE);
  }

  /** Hashes kept at most (a few hundred bytes each). */
  static final int TRACKED_KEPT = 50_000;
  /** How long a kept hash is used at most, should Redis's push ever not arrive. */
  static final java.time.Duration TRACKED_MAX_AGE = java.time.Duration.ofSeconds(10);

  @Bean
  Deliveries deliveries(StringRedisTemplate redis, RedisStartupCheck checked) {
    return new RedisDeliveries(redis);
  }

  @Bean
  RoutingTable routingTable(StringRedisTemplate redis, TrackedHashes tracked,
      RedisStartupCheck checked) {
    return new RedisRoutingTable(redis, tracked);
  }

  @Bean
  VoicemailBox voicemailBox(StringRedisTemplate redis, RedisStartupCheck checked) {
    return new RedisVoicemailBox(redis);
  }

  @Bean
  CallStates callStates(StringRedisTemplate redis, RedisStartupCheck checked) {
    return new RedisCallStates(redis);
  }

  @Bean
  AuditLog auditLog(StringRedisTemplate redis, AuditFeed feed) {
    return new RedisAuditLog(redis, feed);
  }

  @Bean
  Users users(StringRedisTemplate redis, AuditFeed feed, TrackedHashes tracked) {
    RedisUsers users = new RedisUsers(redis, feed, tracked);
    users.indexAll(); // a directory stored before the user indexes existed gets them, once
    return users;
  }

  @Bean
  UserGroups userGroups(StringRedisTemplate redis, TrackedHashes tracked,
      RedisStartupCheck checked) {
    RedisUserGroups groups = new RedisUserGroups(redis, tracked);
    groups.indexNames(); // groups stored before their sorted names existed get them, once
    return groups;
  }

  @Bean
  ImportWriter importWriter(StringRedisTemplate redis, AuditFeed feed, TrackedHashes tracked) {
    return new RedisImportWriter(redis, feed, tracked);
  }
}
