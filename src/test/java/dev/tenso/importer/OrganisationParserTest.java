package dev.tenso.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationParserTest {
  private final OrganisationParser parser = new OrganisationParser(Checks.FORWARDING);

  private static final String GOOD = """
      voiceGroups: [{id: Y1, name: 本社}]
      sites: [{id: S1, name: 東京, voiceGroup: Y1, opened: true}]
      contracts:
        - {number: N1, voiceGroup: Y1, site: S1, plan: IP_VOICE, messageBox: true}
      numbers:
        - number: 050-1111-0001
          contract: N1
          forwarding: {enabled: true, mode: NO_ANSWER, ringTime: 20,
                       destinations: [090-1234-5678, null, 0312345678], active: 3}
      userGroups: [{name: 東京営業, sites: [S1]}]
      users:
        - {email: Taro@Example.com, name: Com 太郎, phone: 03-1234-5678, language: ja,
           secondFactor: TOTP, timezone: Asia/Tokyo, groups: [東京営業],
           numbers: [050-1111-0001], registered: true, totpSecret: JBSWY3DPEHPK3PXPJBSWY3DP}
      """;

  @Test
  void aLoopThroughTwoRowsOfTheSameFileIsFound() {
    String loop = """
        voiceGroups: [{id: Y1, name: 本社}]
        sites: [{id: S1, name: 東京, voiceGroup: Y1, opened: true}]
        contracts: [{number: N1, voiceGroup: Y1, site: S1, plan: IP_VOICE}]
        numbers:
          - number: 050-1111-0001
            contract: N1
            forwarding: {enabled: true, destinations: [050-1111-0002], active: 1}
          - number: 050-1111-0002
            contract: N1
            forwarding: {enabled: true, destinations: [050-1111-0001], active: 1}
          - number: 050-1111-0003
            contract: N1
            forwarding: {enabled: true, destinations: [050-1111-0001], active: 1}
        """;
    assertThat(parser.parse(loop).errors()).extracting(ImportError::toString).containsExactly(
        "line 7: numbers[0].forwarding.active: DESTINATION_LOOP",
        "line 10: numbers[1].forwarding.active: DESTINATION_LOOP");
  }

  @Test
  void aGoodFileGivesEveryRowWithDestinationsAsWritten() {
    var result = parser.parse(GOOD);
    assertThat(result.errors()).isEmpty();
    var org = result.organisation().orElseThrow();
    assertThat(org.numbers()).hasSize(1);
    var fwd = org.numbers().get(0).forwarding().orElseThrow();
    assertThat(fwd.slots()).containsExactly("090-1234-5678", null, "0312345678", null, null);
    assertThat(fwd.activeDestination()).contains("0312345678");
    assertThat(org.users().get(0).totpSecret()).isEqualTo("JBSWY3DPEHPK3PXPJBSWY3DP");
    assertThat(org.users().get(0).toString()).doesNotContain("JBSWY3DP");
    assertThat(org.hasTotpSecrets()).isTrue();
  }

  @Test
  void everyErrorOfABadFileIsReportedWithItsLine() {
    String bad = """
        voiceGroups: [{id: Y1, name: 本社}, {id: Y1, name: again}]
        sites: [{id: S1, voiceGroup: Y9}, {id: S2, voiceGroup: Y1}]
        contracts:
          - {number: N1, voiceGroup: Y1, site: S2, plan: PHONE}
          - {number: N2, voiceGroup: Y1, site: S2, plan: IP_VOICE}
        numbers:
          - {number: 050-1111-0001, contract: N7}
          - number: 050-1111-0002
            contract: N2
            forwarding: {ringTime: 31, destinations: [119]}
        users:
          - {email: not-an-email, name: XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX, phone: 03-x, language: fr,
             secondFactor: TOTP, timezone: Mars/Base, groups: [nobody], colour: blue,
             registered: true, totpSecret: SECRETVALUE-NOT-BASE32}
        """;
    var result = parser.parse(bad);
    assertThat(result.organisation()).isEmpty();
    assertThat(result.errors()).extracting(ImportError::toString).contains(
        "line 1: voiceGroups[1].id: DUPLICATE",
        "line 2: sites[0].voiceGroup: UNKNOWN_VOICE_GROUP",
        "line 4: contracts[0].plan: PLAN_INVALID",
        "line 7: numbers[0].contract: UNKNOWN_CONTRACT",
        "line 10: numbers[1].forwarding.ringTime: RING_TIME_OUT_OF_RANGE",
        "line 10: numbers[1].forwarding.destinations[0]: DESTINATION_SPECIAL_NUMBER",
        "line 12: users[0].email: EMAIL_INVALID",
        "line 12: users[0].name: NAME_TOO_LONG",
        "line 12: users[0].language: LANGUAGE_INVALID",
        "line 13: users[0].timezone: TIMEZONE_INVALID",
        "line 13: users[0].groups[0]: USER_GROUP_UNKNOWN",
        "line 13: users[0]: UNKNOWN_FIELD",
        "line 14: users[0].totpSecret: TOTP_SECRET_INVALID");
    assertThat(result.errors()).extracting(ImportError::toString)
        .noneMatch(e -> e.contains("SECRETVALUE") || e.contains("not-an-email"));
    assertThat(result.errors()).isSorted();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      voiceGroups: [{id: X1}]                                  | line 1: voiceGroups[0].id: VOICE_GROUP_INVALID
      voiceGroups: [{name: a}]                                 | line 1: voiceGroups[0].id: REQUIRED
      voiceGroups: {id: Y1}                                    | line 1: voiceGroups: NOT_A_LIST
      owners: []                                               | line 1: (file): UNKNOWN_FIELD
      'numbers: [{number: 050-1, contract: N1}]'               | line 1: numbers[0].number: NUMBER_INVALID
      'voiceGroups: [{id: Y1, name: [a}'                       | line 1: (file): YAML_SYNTAX
      """)
  void shapeErrors(String yaml, String expected) {
    var errors = parser.parse(yaml).errors();
    assertThat(errors).extracting(ImportError::toString).anyMatch(e -> e.startsWith(expected));
  }

  @Test
  void aMissingColonNamesTheKnownKeyAndNoPartOfTheValue() {
    String users = """
        users:
          - {email: a@example.com, name: A, phone: '1', language: en, secondFactor: TOTP,
             timezone: UTC, registered: true, totpSecret KRUGS4ZANFZSAYJAORSXG5A}
          - {email someone.else@example.com, name: B, phone: '1', language: en,
             secondFactor: MAIL_OTP, timezone: UTC}
        """;
    var errors = parser.parse(users).errors();
    assertThat(errors).extracting(ImportError::toString).contains(
        "line 3: users[0].totpSecret: MISSING_COLON",
        "line 4: users[1].email: MISSING_COLON");
    assertThat(errors.toString()).doesNotContain("KRUGS", "someone");
  }

  @Test
  void anUnknownKeyIsToldByItsColumnAndTheAllowedKeysNeverByItsText() {
    String users = """
        users:
          - {email: a@example.com, name: A, phone: '1', language: en, secondFactor: MAIL_OTP,
             timezone: UTC, 482913: x, tok_Zq8vR2mP-x7: y, leaked.person@example.com: z}
        """;
    var errors = parser.parse(users).errors();
    assertThat(errors).extracting(ImportError::toString).containsExactly(
        "line 3: users[0]: UNKNOWN_FIELD", "line 3: users[0]: UNKNOWN_FIELD",
        "line 3: users[0]: UNKNOWN_FIELD");
    assertThat(errors).extracting(e -> e.params().get("column")).containsExactly("21", "32", "52");
    assertThat(errors.get(0).params().get("allowed")).startsWith("comment, email, groups,");
    assertThat(errors.toString()).doesNotContain("482913", "tok_", "leaked");
  }

  @Test
  void errorsOnOneLineAreSortedByPathWithIndexesAsNumbers() {
    String numbers = "numbers: [" + "{number: 1, contract: N1}, ".repeat(11) + "]";
    assertThat(parser.parse(numbers).errors()).extracting(ImportError::path)
        .filteredOn(p -> p.endsWith(".number")).containsExactly("numbers[0].number",
            "numbers[1].number", "numbers[2].number", "numbers[3].number", "numbers[4].number",
            "numbers[5].number", "numbers[6].number", "numbers[7].number", "numbers[8].number",
            "numbers[9].number", "numbers[10].number");
  }

  @Test
  void aSectionWrittenBeforeTheRowsItRefersToIsStillChecked() {
    String reversed = """
        users:
          - {email: a@example.com, name: A, phone: 03-1111-2222, language: ja,
             secondFactor: MAIL_OTP, timezone: Asia/Tokyo, groups: [東京営業],
             numbers: [050-1111-0001, 050-1111-0009]}
        userGroups: [{name: 東京営業, sites: [S1]}]
        numbers: [{number: 050-1111-0001, contract: N1}]
        contracts: [{number: N1, voiceGroup: Y1, site: S1, plan: IP_VOICE}]
        sites: [{id: S1, voiceGroup: Y1}]
        voiceGroups: [{id: Y1}]
        """;
    assertThat(parser.parse(reversed).errors()).extracting(ImportError::toString)
        .containsExactly("line 4: users[0].numbers[1]: UNKNOWN_NUMBER");
    assertThat(parser.parse(reversed.replace(", 050-1111-0009", "")).organisation().orElseThrow()
        .users().get(0).user().groups()).containsExactly("東京営業");
  }

  @Test
  void aRowMayAliasAnotherRowsForwardingAndTooManyAliasesAreToldAsSuch() {
    String aliased = """
        voiceGroups: [{id: Y1}]
        sites: [{id: S1, voiceGroup: Y1}]
        contracts: [{number: N1, voiceGroup: Y1, site: S1, plan: IP_VOICE}]
        numbers:
          - {number: 050-1111-0001, contract: &n N1, forwarding: &f {enabled: true, ringTime: 20,
                                                          destinations: [090-1234-5678]}}
          - {number: 050-1111-0002, contract: *n, forwarding: *f}
          - {number: 050-1111-0003, contract: *n, forwarding: *f}
        """;
    var org = parser.parse(aliased).organisation().orElseThrow();
    assertThat(org.numbers()).allSatisfy(n -> assertThat(n.forwarding()).hasValueSatisfying(
        s -> assertThat(s.ringTime()).isEqualTo(20)));

    var strict = new OrganisationParser(Checks.FORWARDING, new ImportLimits(1 << 20, 1));
    assertThat(strict.parse(aliased).errors()).extracting(ImportError::toString, ImportError::params)
        .containsExactly(tuple("line 8: (file): TOO_MANY_ALIASES", Map.of("max", "1")));
  }

  @Test
  void aFileThatIsNotUtf8IsToldAsAnEncodingProblemWithItsLine() {
    byte[] head = "voiceGroups:\n  - {id: Y1, name: 本社}\n  - {id: Y2, name: "
        .getBytes(StandardCharsets.UTF_8);
    byte[] sjis = "関西支社}\n".getBytes(Charset.forName("Shift_JIS"));
    byte[] file = ByteBuffer.allocate(head.length + sjis.length).put(head).put(sjis).array();

    var errors = parser.parse(() -> new Utf8Reader(new ByteArrayInputStream(file), 1 << 20))
        .errors();

    assertThat(errors).extracting(ImportError::toString).containsExactly("line 3: (file): NOT_UTF8");
  }

  @Test
  void aFileLargerThanTheLimitIsToldSoBeforeAndWhileReadingIt(@TempDir Path dir) throws Exception {
    var limits = new ImportLimits(1 << 20, 100);
    byte[] big = ("# " + "x".repeat(1 << 20) + "\nvoiceGroups: []\n").getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("big.yaml"), big);

    var onDisk = new OrganisationParser(Checks.FORWARDING, limits)
        .parse(() -> ImportSource.of(file.toString()).open(limits)).errors();
    var streamed = new OrganisationParser(Checks.FORWARDING, limits)
        .parse(() -> new Utf8Reader(new ByteArrayInputStream(big), limits.maxBytes())).errors();

    assertThat(List.of(onDisk, streamed)).allSatisfy(errors -> assertThat(errors)
        .extracting(ImportError::toString, ImportError::params)
        .containsExactly(tuple("line 0: (file): FILE_TOO_LARGE", Map.of("mb", "1"))));
  }

  @Test
  void aSecondDocumentIsASyntaxError() {
    assertThat(parser.parse("voiceGroups: []\n---\nsites: []\n").errors())
        .extracting(ImportError::toString).containsExactly("line 2: (file): YAML_SYNTAX");
  }

  @Test
  void theSignInFlagsAreChecked() {
    String users = """
        users:
          - {email: a@example.com, name: A, phone: '1', language: en, secondFactor: TOTP,
             timezone: UTC, registered: true}
          - {email: b@example.com, name: B, phone: '1', language: en, secondFactor: MAIL_OTP,
             timezone: UTC, registered: true, invite: true, totpSecret: JBSWY3DPEHPK3PXP}
          - {email: A@EXAMPLE.COM, name: C, phone: '1', language: en, secondFactor: MAIL_OTP,
             timezone: UTC}
        """;
    assertThat(parser.parse(users).errors()).extracting(ImportError::toString).containsAll(List.of(
        "line 2: users[0].totpSecret: TOTP_SECRET_REQUIRED",
        "line 5: users[1].invite: REGISTERED_AND_INVITE",
        "line 5: users[1].totpSecret: TOTP_SECRET_NOT_EXPECTED",
        "line 6: users[2].email: DUPLICATE"));
  }
}
