package dev.tenso.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Administrators copy values from the carrier's portal: the manual's words are accepted, and a
 * full-width digit (the manual asks for 半角数字) is refused in every numeric field, with the
 * field's line and path as for any other wrong value.
 */
class ManualWordsImportTest {
  private final OrganisationParser parser = new OrganisationParser(Checks.FORWARDING);

  /** One field a line, so that every error has a line of its own. */
  private static final String FILE = """
      voiceGroups:
        - id: <voiceGroup>
      sites:
        - id: S1
          voiceGroup: <siteVoiceGroup>
          opened: true
      contracts:
        - number: <contract>
          voiceGroup: Y1
          site: S1
          plan: IP_VOICE
          messageBox: true
      numbers:
        - number: <number>
          contract: N1
          forwarding:
            enabled: <enabled>
            mode: <mode>
            ringTime: <ringTime>
            destinations:
              - <destination>
            active: <active>
      users:
        - email: taro@example.com
          name: Com 太郎
          phone: <phone>
          mobile: <mobile>
          language: <language>
          secondFactor: <secondFactor>
          role: <role>
          timezone: Asia/Tokyo
          numbers:
            - <userNumber>
          lineNotification: <lineNotification>
      """;

  private static final Map<String, String> GOOD = new LinkedHashMap<>();

  static {
    GOOD.put("voiceGroup", "Y1");
    GOOD.put("siteVoiceGroup", "Y1");
    GOOD.put("contract", "N1");
    GOOD.put("number", "050-1111-0001");
    GOOD.put("enabled", "true");
    GOOD.put("mode", "NO_ANSWER");
    GOOD.put("ringTime", "20");
    GOOD.put("destination", "090-1234-5678");
    GOOD.put("active", "1");
    GOOD.put("phone", "03-1234-5678");
    GOOD.put("mobile", "090-1234-5678");
    GOOD.put("language", "ja");
    GOOD.put("secondFactor", "MAIL_OTP");
    GOOD.put("role", "GENERAL");
    GOOD.put("userNumber", "050-1111-0001");
    GOOD.put("lineNotification", "false");
  }

  /** The file with {@code field} written as {@code value} and every other field good. */
  static String file(String field, String value) {
    assertThat(GOOD).containsKey(field);
    String text = FILE;
    for (Map.Entry<String, String> e : GOOD.entrySet()) {
      text = text.replace("<" + e.getKey() + ">", e.getKey().equals(field) ? value : e.getValue());
    }
    return text;
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      secondFactor     | MailOTP                    | MAIL_OTP
      secondFactor     | mailotp                    | MAIL_OTP
      secondFactor     | ＭａｉｌＯＴＰ             | MAIL_OTP
      secondFactor     | mail_otp                   | MAIL_OTP
      secondFactor     | メールワンタイムパスワード | MAIL_OTP
      secondFactor     | totp                       | TOTP
      role             | 一般ユーザー               | GENERAL
      role             | ポータル管理者             | PORTAL_ADMIN
      role             | ﾎﾟｰﾀﾙ管理者                | PORTAL_ADMIN
      role             | portal_admin               | PORTAL_ADMIN
      language         | Japanese                   | JA
      language         | English                    | EN
      language         | 日本語                     | JA
      lineNotification | 受信する                   | true
      lineNotification | 受信しない                 | false
      lineNotification | yes                        | true
      mode             | 無条件転送                 | UNCONDITIONAL
      mode             | 着信中転送                 | BUSY
      mode             | 無応答転送                 | NO_ANSWER
      mode             | 不通時転送                 | UNREACHABLE
      mode             | no_answer                  | NO_ANSWER
      enabled          | 転送する                   | true
      enabled          | 転送しない                 | false
      """)
  void theManualsWordsAreRead(String field, String written, String read) {
    var result = parser.parse(file(field, written));
    assertThat(result.errors()).isEmpty();
    var org = result.organisation().orElseThrow();
    var user = org.users().get(0).user();
    var forwarding = org.numbers().get(0).forwarding().orElseThrow();
    Object value = switch (field) {
      case "secondFactor" -> user.secondFactor();
      case "role" -> user.role();
      case "language" -> user.language();
      case "lineNotification" -> user.lineNotification();
      case "mode" -> forwarding.mode();
      default -> forwarding.enabled();
    };
    assertThat(String.valueOf(value)).isEqualTo(read);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      secondFactor     | Mail OTP | line 29: users[0].secondFactor: SECOND_FACTOR_INVALID
      role             | 管理者   | line 30: users[0].role: ROLE_INVALID
      language         | 英       | line 28: users[0].language: LANGUAGE_INVALID
      lineNotification | 受信     | line 34: users[0].lineNotification: NOT_A_BOOLEAN
      enabled          | 受信する | line 17: numbers[0].forwarding.enabled: NOT_A_BOOLEAN
      mode             | 転送     | line 18: numbers[0].forwarding.mode: MODE_INVALID
      """)
  void otherWordsAreStillRefused(String field, String written, String error) {
    assertThat(parser.parse(file(field, written)).errors()).extracting(ImportError::toString)
        .containsExactly(error);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      voiceGroup     | Y１                | line 2: voiceGroups[0].id: VOICE_GROUP_INVALID
      siteVoiceGroup | Y１                | line 5: sites[0].voiceGroup: VOICE_GROUP_INVALID
      contract       | N１                | line 8: contracts[0].number: CONTRACT_INVALID
      number         | 050-1111-０００１  | line 14: numbers[0].number: NUMBER_INVALID
      ringTime       | ２０               | line 19: numbers[0].forwarding.ringTime: NOT_AN_INTEGER
      destination    | 090-1234-５６７８  | line 21: numbers[0].forwarding.destinations[0]: DESTINATION_INVALID_CHARACTERS
      active         | １                 | line 22: numbers[0].forwarding.active: SLOT_OUT_OF_RANGE
      phone          | 03-1234-５６７８   | line 26: users[0].phone: PHONE_INVALID
      mobile         | ０９０-1234-5678   | line 27: users[0].mobile: MOBILE_INVALID
      userNumber     | 050-1111-000１     | line 33: users[0].numbers[0]: NUMBER_INVALID
      """)
  void aFullWidthDigitIsRefusedInEveryNumericField(String field, String written, String error) {
    assertThat(parser.parse(file(field, written)).errors()).extracting(ImportError::toString)
        .contains(error);
  }
}
