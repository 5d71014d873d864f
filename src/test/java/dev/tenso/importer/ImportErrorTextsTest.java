package dev.tenso.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.messages.ClasspathCatalogs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Import errors in words: the catalog's ja and en after the code, params filled, never a value. */
class ImportErrorTextsTest {
  private static final ImportErrorTexts TEXTS =
      new ImportErrorTexts(ClasspathCatalogs.load(ClasspathCatalogs.CHAT));
  private final OrganisationParser parser = new OrganisationParser(Checks.FORWARDING);

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      UNKNOWN_SITE           |          | line 4: contracts[0].site: UNKNOWN_SITE — この拠点はファイルの sites にありません。sites に追加するか、拠点IDを確認してください。 / This site is not in the file's sites. Please add it there or check the site ID.
      RING_TIME_OUT_OF_RANGE | 5,30     | line 4: contracts[0].site: RING_TIME_OUT_OF_RANGE — 呼出時間は5～30秒の範囲で、秒単位で指定してください。 / Please set the ring time in whole seconds from 5 to 30.
      YAML_SYNTAX            |          | line 4: contracts[0].site: YAML_SYNTAX
      RING_TIME_OUT_OF_RANGE |          | line 4: contracts[0].site: RING_TIME_OUT_OF_RANGE
      NO_SUCH_REASON         |          | line 4: contracts[0].site: NO_SUCH_REASON
      """)
  void anErrorIsDescribedInBothLanguagesOrByItsCodeAlone(String reason, String minMax, String expected) {
    Map<String, String> params = minMax == null ? Map.of()
        : Map.of("min", minMax.split(",")[0], "max", minMax.split(",")[1]);
    assertThat(TEXTS.describe(new ImportError(4, "contracts[0].site", reason, params)))
        .isEqualTo(expected);
  }

  @Test
  void withoutACatalogTheCodesAloneAreListedAsBefore() {
    var errors = List.of(new ImportError(3, "sites[0].id", "SITE_INVALID"));
    assertThat(ImportErrorTexts.codesOnly().failure("/srv/org.yaml", errors)).isEqualTo(
        "The import file /srv/org.yaml was not imported (nothing was written); 1 error:\n"
            + "  line 3: sites[0].id: SITE_INVALID");
  }

  @Test
  void aFileWithThousandsOfErrorsListsTheFirstOnesAndCountsTheRest() {
    List<ImportError> errors = java.util.stream.IntStream.rangeClosed(1, 1_000)
        .mapToObj(i -> new ImportError(i, "users[" + i + "].timezone", "TIMEZONE_INVALID"))
        .toList();
    String failure = TEXTS.failure("/srv/org.yaml", errors);
    assertThat(failure.lines().filter(l -> l.startsWith("  line "))).hasSize(ImportErrorTexts.LISTED);
    assertThat(failure).contains("line 200: users[200]").doesNotContain("line 201:")
        .endsWith("ほか 800 件のエラーがあります（上の行を直すと減ることがあります）。 / ... and 800 more"
            + " errors (fixing the lines above may clear some of them).");
    assertThat(ImportErrorTexts.codesOnly().failure("/srv/org.yaml", errors))
        .endsWith("\n  ... and 800 more errors");
  }

  @Test
  void theCoreRulesLimitsTravelWithTheErrorAndTheToStringStaysTheCode() {
    var errors = parser.parse("""
        voiceGroups: [{id: Y1}]
        sites: [{id: S1, voiceGroup: Y1, opened: true}]
        contracts: [{number: N1, voiceGroup: Y1, site: S1, plan: IP_VOICE}]
        numbers:
          - {number: 050-1111-0001, contract: N1,
             forwarding: {mode: NO_ANSWER, ringTime: 31, destinations: ['090123456789012345678901234567890123']}}
        """).errors();
    assertThat(errors).extracting(ImportError::toString, ImportError::params).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(
            "line 6: numbers[0].forwarding.ringTime: RING_TIME_OUT_OF_RANGE",
            Map.of("min", "5", "max", "30")),
        org.assertj.core.groups.Tuple.tuple(
            "line 6: numbers[0].forwarding.destinations[0]: DESTINATION_TOO_LONG",
            Map.of("max", "32")));
    assertThat(TEXTS.describe(errors.get(0))).contains("転送先番号は32桁以内").contains("at most 32 digits");
  }

  @Test
  void aYamlSyntaxErrorNamesItsLineAndColumnButNotWhatSnakeYamlQuotedFromTheFile() {
    var errors = parser.parse("voiceGroups:\n  - {id: Y1, name: *SECRETALIAS}\n").errors();
    assertThat(errors).extracting(ImportError::toString).singleElement().asString()
        .startsWith("line 2: (file): YAML_SYNTAX");
    assertThat(TEXTS.describe(errors.get(0))).contains("文字目付近").contains("near column")
        .doesNotContain("SECRETALIAS");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      max   | 28             | {max=28}
      slot  | 3              | {slot=3}
      groups| 営業部, 総務部 | {}
      plan  | MOBILE_OFFICE  | {}
      max   | JBSWY3DPEHPK3P | {}
      """)
  void onlyARulesSmallNumbersAreKeptFromAViolation(String key, String value, String kept) {
    assertThat(Errors.ruleParams(Map.of(key, value)).toString()).isEqualTo(kept);
  }
}
