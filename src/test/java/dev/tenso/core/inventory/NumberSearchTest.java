package dev.tenso.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.Org;
import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.Page;
import dev.tenso.core.common.Violation;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberSearchTest {
  static final Predicate<NumberDetails> ALL = n -> true;

  static Page<NumberDetails> search(String vg, String site, String contract, String digits,
      int page, Predicate<NumberDetails> scope) {
    NumberQuery q = NumberQuery.of(vg, site, contract, digits, page).orElseThrow();
    return NumberSearch.search(Org.NUMBERS, q, scope);
  }

  static List<String> displays(Page<NumberDetails> p) {
    return p.items().stream().map(n -> n.ip().display()).toList();
  }

  @ParameterizedTest(name = "{0} site={1} contract={2} digits={3} page {4} -> {5} of {6}")
  @CsvSource(delimiter = '|', value = {
    "Y1|S2||      |1|050-2000-0001 050-2000-0002 050-2000-0003|3",
    "Y1||N2|      |1|050-2000-0001 050-2000-0002 050-2000-0003|3",
    "Y1|S1|N2|    |1||0",
    "Y1|||0003    |1|050-1000-0003 050-2000-0003|2",
    "Y1|||00-0003 |1|050-1000-0003 050-2000-0003|2",
    "Y1|||1000-001|1|050-1000-0010 050-1000-0011 050-1000-0012|3",
    "Y1|||050-2000-0002|1|050-2000-0002|1",
    "Y1|S1||0002  |1|050-1000-0002|1",
    "Y2|||        |1|050-3000-0001|1",
    "Y3|||        |1||0",
    "Y2|S1||      |1||0",
    "Y1|||        |2|050-1000-0011 050-1000-0012 050-2000-0001 050-2000-0002 050-2000-0003|15",
    "Y1|||        |3||15",
  })
  void findsInsideOneVoiceGroupSortedAndPaged(String vg, String site, String contract,
      String digits, int page, String expected, int total) {
    var p = search(vg, site, contract, digits, page, ALL);
    assertThat(displays(p))
        .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split(" ")));
    assertThat(p.total()).isEqualTo(total);
    assertThat(p.page()).isEqualTo(page);
    assertThat(p.pageSize()).isEqualTo(10);
  }

  @Test
  void noConditionGivesEveryNumberOfTheGroupTenPerPage() {
    var p = search("Y1", null, "", " ", 1, ALL);
    assertThat(p.items()).hasSize(10);
    assertThat(displays(p).get(0)).isEqualTo("050-1000-0001");
    assertThat(displays(p).get(9)).isEqualTo("050-1000-0010");
    assertThat(p.total()).isEqualTo(15);
    assertThat(p.pageCount()).isEqualTo(2);
    assertThat(p.hasNext()).isTrue();
  }

  @Test
  void onlyNumbersInScopeAreFoundOrCounted() {
    Predicate<NumberDetails> osaka = n -> n.site().id().value().equals("S2");
    var p = search("Y1", null, null, null, 1, osaka);
    assertThat(displays(p)).containsExactly("050-2000-0001", "050-2000-0002", "050-2000-0003");
    assertThat(p.total()).isEqualTo(3);
  }

  @ParameterizedTest(name = "{0}/{1}/{2}/{3}/{4} -> {5}")
  @CsvSource(delimiter = '|', value = {
    "Y1|||0３|1|number:NUMBER_INVALID",
    "Y1|||050 1000|1|number:NUMBER_INVALID",
    "Y1|||a|1|number:NUMBER_INVALID",
    "Y1||||0|page:PAGE_INVALID",
    "Y1||||-1|page:PAGE_INVALID",
    "Y1|S 1|||1|site:SITE_INVALID",
    "Y1||X1||1|contract:CONTRACT_INVALID",
    "||||1|voiceGroup:VOICE_GROUP_INVALID",
    "N1||||1|voiceGroup:VOICE_GROUP_INVALID",
    "Z|S 1|X|x|0|voiceGroup:VOICE_GROUP_INVALID site:SITE_INVALID contract:CONTRACT_INVALID"
        + " number:NUMBER_INVALID page:PAGE_INVALID",
  })
  void wrongConditionsAreAllReported(String vg, String site, String contract, String digits,
      int page, String expected) {
    var v = NumberQuery.of(vg, site, contract, digits, page).violations();
    assertThat(v).extracting(x -> x.field() + ":" + x.code())
        .containsExactly(expected.split(" "));
  }

  @Test
  void detailsJoinNumbersWithContractsAndSites() {
    var n = Org.number("050-2000-0001");
    var joined = NumberSearch.details(
        List.of(n.number(), new OfficeNumber(IpNumber.of("05099990000"),
            ContractNumber.of("N99"), "")),
        List.of(n.contract()), Org.SITES);
    assertThat(joined).containsExactly(n);
    assertThat(Violation.of("x", ErrorCode.PAGE_INVALID).field()).isEqualTo("x");
  }
}
