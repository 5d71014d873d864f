package dev.tenso.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.inventory.Contract;
import dev.tenso.core.inventory.ContractNumber;
import dev.tenso.core.inventory.NumberDetails;
import dev.tenso.core.inventory.OfficeNumber;
import dev.tenso.core.inventory.Plan;
import dev.tenso.core.inventory.Site;
import dev.tenso.core.inventory.SiteId;
import dev.tenso.core.inventory.VoiceGroup;
import dev.tenso.core.inventory.VoiceGroupId;
import dev.tenso.importer.ChangeSet;
import dev.tenso.importer.ImportWriter.Conflicts;
import dev.tenso.testsupport.AuditFeeds;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

class RedisInventoryTest extends OnEachTopology {
  private final RedisInventory inventory = new RedisInventory(Fixtures.shared());
  private final RedisImportWriter writer = new RedisImportWriter(Fixtures.shared(), AuditFeeds.of(Fixtures.shared()));

  @Test
  void whatTheImportWritesIsReadBack() {
    long r = ThreadLocalRandom.current().nextLong(1_000_000_000L);
    var vg = new VoiceGroup(VoiceGroupId.of("Y" + r), "本社");
    var site = new Site(SiteId.of("S" + r), "東京本社", vg.id(), false);
    var contract = new Contract(ContractNumber.of("N" + r), vg.id(), site.id(), Plan.IP_VOICE,
        true, true, true);
    var number = new OfficeNumber(Fixtures.uniqueNumber(), contract.number(), "sip:0001@acme.sip.twilio.com");
    var bare = new OfficeNumber(Fixtures.uniqueNumber(), contract.number(), "");
    assertThat(Fixtures.write(writer, new ChangeSet(List.of(vg), List.of(site), List.of(contract),
        List.of(number, bare), List.of(), List.of(), List.of(), List.of()))).isEqualTo(Conflicts.NONE);

    assertThat(inventory.voiceGroup(vg.id())).contains(vg);
    assertThat(inventory.site(site.id())).contains(site);
    assertThat(inventory.contract(contract.number())).contains(contract);
    assertThat(inventory.number(number.number())).contains(number);
    assertThat(inventory.number(bare.number())).contains(bare);
    assertThat(inventory.details(number.number()))
        .contains(new NumberDetails(number, contract, site));
    assertThat(inventory.voiceGroups()).contains(vg);
    assertThat(inventory.sites()).contains(site);
    assertThat(inventory.contracts()).contains(contract);
    assertThat(inventory.numbers()).contains(number, bare)
        .isSortedAccordingTo((a, b) -> a.number().compareTo(b.number()));
    assertThat(inventory.voiceGroup(VoiceGroupId.of("Y" + (r + 1_000_000_000L)))).isEmpty();
  }
}
