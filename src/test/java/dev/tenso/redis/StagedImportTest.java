package dev.tenso.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.forwarding.ForwardingSetting;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.VoiceGroup;
import dev.tenso.core.inventory.VoiceGroupId;
import dev.tenso.importer.ChangeSet;
import dev.tenso.testsupport.AuditFeeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;

/**
 * An import too large for one transaction is staged in parts under its own keys, invisible until
 * committed, and switched in part by part; a tenso that stops after the commit leaves it for the
 * next start to finish, so the import still ends all written or, before the commit, not at all.
 */
class StagedImportTest extends EmptiedOnEachTopology {
  private RedisImportWriter writer;

  @BeforeEach
  void writer() {
    writer = new RedisImportWriter(redis, AuditFeeds.of(redis));
  }

  /** 3,000 voice groups: more records than one staged part holds. */
  private static ChangeSet voiceGroups() {
    List<VoiceGroup> groups = new ArrayList<>();
    for (int i = 1; i <= 3_000; i++) {
      groups.add(new VoiceGroup(VoiceGroupId.of("Y" + i), "拠点グループ" + i));
    }
    return new ChangeSet(groups, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of());
  }

  private Set<String> keys(String pattern) {
    return redis.keys(pattern);
  }

  @Test
  void stagedPartsAreInvisibleUntilTheCommitAndGoneAfterIt() {
    try (var staging = (StagedImport) writer.stage()) {
      staging.add(voiceGroups());
      assertThat(keys("tenso:voicegroup*")).isEmpty();

      assertThat(staging.commit().isEmpty()).isTrue();
    }
    assertThat(redis.opsForSet().size(Keys.VOICE_GROUPS)).isEqualTo(3_000);
    assertThat(redis.opsForHash().get(Keys.voiceGroup("Y2999"), "name")).isEqualTo("拠点グループ2999");
    assertThat(keys("tenso:import:*")).isEmpty();
  }

  @Test
  void anImportNotCommittedLeavesNothingAtAll() {
    try (var staging = writer.stage()) {
      staging.add(voiceGroups());
      staging.add(voiceGroups());
    }
    assertThat(keys("*")).isEmpty();
  }

  @Test
  void anImportCommittedByATensoThatStoppedIsFinishedByTheNextOne() {
    var staging = (StagedImport) writer.stage();
    staging.add(voiceGroups());
    staging.mark(); // the process stops here: committed, nothing switched in
    Set<String> staged = keys("tenso:import:*");
    assertThat(staged).anySatisfy(k -> assertThat(k).endsWith(":committed"))
        .hasSizeGreaterThan(2); // several parts
    assertThat(staged).allSatisfy(k -> assertThat(redis.getExpire(k)).isEqualTo(-1L));
    assertThat(keys("tenso:voicegroup:*")).isEmpty();

    assertThat(new RedisImportWriter(redis, AuditFeeds.of(redis)).recover()).isGreaterThan(1);

    assertThat(redis.opsForSet().size(Keys.VOICE_GROUPS)).isEqualTo(3_000);
    assertThat(keys("tenso:import:*")).isEmpty();
    assertThat(redis.opsForSet().size(Keys.IMPORTS)).isZero();
    assertThat(writer.recover()).isZero();
  }

  @Test
  void aForwardingChangedSincePlanningIsNotOverwrittenAndIsReturned() {
    IpNumber changed = new IpNumber("05011110001");
    IpNumber kept = new IpNumber("05011110002");
    var store = new RedisForwardingStore(redis, AuditFeeds.of(redis));
    var mine = ForwardingSetting.initial().withEnabled(true).withSlot(1, "090-1234-5678");
    var theirs = ForwardingSetting.initial().withSlot(1, "03-1234-5678");
    var planned = new ChangeSet(List.of(), List.of(), List.of(), List.of(), List.of(
        new ChangeSet.ForwardingWrite(changed, 0, mine,
            Fixtures.change("import", changed, ForwardingSetting.initial(), mine)),
        new ChangeSet.ForwardingWrite(kept, 0, mine,
            Fixtures.change("import", kept, ForwardingSetting.initial(), mine))),
        List.of(), List.of(), List.of());
    assertThat(store.compareAndSet(changed, 0, theirs, Fixtures.RING,
        Fixtures.change("u1", changed, ForwardingSetting.initial(), theirs))).isTrue();

    var conflicts = Fixtures.write(writer, planned);

    assertThat(conflicts.forwarding()).containsExactly(changed);
    assertThat(store.get(changed).value()).isEqualTo(theirs);
    assertThat(new RedisAuditLog(redis, AuditFeeds.of(redis)).forNumber(changed.digits(), 10)).hasSize(1);
    assertThat(store.get(kept).value()).isEqualTo(mine);
    assertThat(store.get(kept).version()).isEqualTo(1);
    assertThat(new RedisAuditLog(redis, AuditFeeds.of(redis)).forNumber(kept.digits(), 10)).singleElement()
        .satisfies(e -> assertThat(e.actor()).isEqualTo("import"));
  }
}
