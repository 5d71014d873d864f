package dev.tenso.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.common.Page;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.NumberDetails;
import dev.tenso.core.inventory.NumberQuery;
import dev.tenso.core.inventory.NumberSearch;
import dev.tenso.core.inventory.Scope;
import dev.tenso.core.inventory.SiteId;
import dev.tenso.core.inventory.VoiceGroupId;
import dev.tenso.testsupport.RedisMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Number search on a real redis-server through the sorted indexes the import builds: for every
 * query and scope, the very page and total the core's {@link NumberSearch} gives over every number
 * (2,600 numbers, so the walk crosses its chunks), reading no number beyond the page's; an import
 * that moves a number to another contract moves it in the search; an inventory stored before the
 * indexes existed gets them at start-up.
 */
class NumberSearchIndexTest {
  private static final List<Scope> SCOPES = List.of(
      Scope.everything(),
      new Scope(false, Set.of(IpNumber.of("050-0000-7919"), IpNumber.of("050-0001-5838")),
          Set.of(SiteId.of("S002")), Set.of()),
      new Scope(false, Set.of(), Set.of(), Set.of(VoiceGroupId.of("Y00000002"))),
      new Scope(false, Set.of(), Set.of(), Set.of()));
  @RegisterExtension static final ImportFixture f = new ImportFixture();
  @TempDir Path dir;

  @BeforeEach
  void flush() {
    f.flush();
  }

  @Test
  void everyQueryAndScopeGivesTheCoresPageAndTotalReadingOnlyThePagesRecords() throws Exception {
    f.importer.load(organisation(Files.createFile(dir.resolve("org.yaml")), "N00000001"));
    List<NumberDetails> all = NumberSearch.details(f.inventory.numbers(),
        f.inventory.contracts(), f.inventory.sites());
    assertThat(all).hasSize(2_600);
    int compared = 0;
    int nonEmpty = 0;
    for (String vg : List.of("Y00000001", "Y00000002", "Y00000009")) {
      for (String site : List.of("", "S001", "S003")) {
        for (String contract : List.of("", "N00000001", "N00000006")) {
          for (String digits : List.of("", "0", "12", "1234", "050-00", "7919", "99999")) {
            for (int page : List.of(1, 2, 27)) {
              NumberQuery q = NumberQuery.of(vg, site, contract, digits, page).orElseThrow();
              for (Scope scope : SCOPES) {
                Page<NumberDetails> expected = NumberSearch.search(all, q, scope::covers);
                Page<NumberDetails> got = f.inventory.search(q, scope, NumberSearch.PAGE_SIZE);
                assertThat(got).as("%s %s", q, scope).isEqualTo(expected);
                compared++;
                nonEmpty += got.items().isEmpty() ? 0 : 1;
              }
            }
          }
        }
      }
    }
    assertThat(compared).isEqualTo(2_268);
    assertThat(nonEmpty).as("the comparison is not only of empty pages").isGreaterThan(100);

    NumberQuery deep = NumberQuery.of("Y00000001", "", "", "", 90).orElseThrow();
    try (RedisMonitor monitor = new RedisMonitor(f.server.port())) {
      List<String> commands = monitor.commandsOf("page",
          () -> f.inventory.search(deep, Scope.everything(), NumberSearch.PAGE_SIZE));
      assertThat(commands.get(0)).startsWith("\"EVALSHA\"");
      assertThat(commands).filteredOn(c -> c.startsWith("\"HGETALL\" \"tenso:number:"))
          .hasSize(NumberSearch.PAGE_SIZE);
      assertThat(commands).as("one script, then the page's numbers, contracts and sites")
          .allMatch(c -> c.startsWith("\"EVALSHA\"") || c.startsWith("\"HGETALL\""))
          .hasSizeLessThanOrEqualTo(1 + 3 * NumberSearch.PAGE_SIZE);
    }
  }

  @Test
  void anImportThatMovesANumberToAnotherContractMovesItInTheSearch() throws Exception {
    Path file = Files.createFile(dir.resolve("org.yaml"));
    f.importer.load(organisation(file, "N00000001"));
    NumberQuery first = NumberQuery.of("Y00000001", "", "N00000001", "050-0000-0000", 1)
        .orElseThrow();
    NumberQuery moved = NumberQuery.of("Y00000002", "", "N00000008", "050-0000-0000", 1)
        .orElseThrow();
    assertThat(f.inventory.search(first, Scope.everything(), 10).total()).isEqualTo(1);

    f.importer.load(organisation(file, "N00000008"));

    assertThat(f.inventory.search(first, Scope.everything(), 10).total()).isZero();
    assertThat(f.inventory.search(moved, Scope.everything(), 10).items())
        .extracting(n -> n.ip().display()).containsExactly("050-0000-0000");
  }

  @Test
  void anInventoryStoredBeforeTheIndexesGetsThemOnce() throws Exception {
    f.importer.load(organisation(Files.createFile(dir.resolve("org.yaml")), "N00000001"));
    NumberQuery q = NumberQuery.of("Y00000002", "S004", "", "", 3).orElseThrow();
    Page<NumberDetails> before = f.inventory.search(q, Scope.everything(), 10);
    assertThat(before.items()).hasSize(10);
    f.redis.delete(f.redis.keys("tenso:search*"));

    assertThat(f.inventory.indexForSearch()).as("indexes made").isEqualTo(2 + 4 + 8);
    assertThat(f.inventory.indexForSearch()).as("built already").isZero();
    assertThat(f.inventory.search(q, Scope.everything(), 10)).isEqualTo(before);
  }

  /**
   * Two voice groups, four sites (two each), eight contracts (two a site), 2,600 numbers spread
   * over them; the number 050-0000-0000 on {@code firstContract}.
   */
  private static String organisation(Path file, String firstContract) throws Exception {
    StringBuilder y = new StringBuilder("""
        voiceGroups:
          - {id: Y00000001, name: 本社}
          - {id: Y00000002, name: 関西}
        sites:
          - {id: S001, name: 一, voiceGroup: Y00000001, opened: true}
          - {id: S002, name: 二, voiceGroup: Y00000001, opened: true}
          - {id: S003, name: 三, voiceGroup: Y00000002, opened: true}
          - {id: S004, name: 四, voiceGroup: Y00000002, opened: true}
        contracts:
        """);
    for (int c = 1; c <= 8; c++) {
      int site = (c + 1) / 2;
      y.append("  - {number: N0000000").append(c).append(", voiceGroup: Y0000000")
          .append(site <= 2 ? 1 : 2).append(", site: S00").append(site)
          .append(", plan: IP_VOICE, membersNet: false, messageBox: true,"
              + " representative: false}\n");
    }
    y.append("numbers:\n");
    for (int i = 0; i < 2_600; i++) { // distinct: 7,919 is prime to 10^8
      String eight = String.format("%08d", i * 7_919L % 100_000_000L);
      String contract = i == 0 ? firstContract : "N0000000" + (1 + (i * 3) % 8);
      y.append("  - {number: 050-").append(eight, 0, 4).append('-').append(eight, 4, 8)
          .append(", contract: ").append(contract).append(", terminal: sip:").append(i)
          .append("@acme.sip.twilio.com}\n");
    }
    Files.writeString(file, y);
    return file.toString();
  }
}
