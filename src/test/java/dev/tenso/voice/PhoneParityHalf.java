package dev.tenso.voice;

import dev.tenso.messages.ClasspathCatalogs;
import dev.tenso.parity.AnswerCodes;
import dev.tenso.parity.ParityCase;
import dev.tenso.parity.ParityTable;
import dev.tenso.testsupport.SecretsSeen;
import dev.tenso.testsupport.Totp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;

/**
 * The phone half of the parity table, for {@code dev.tenso.parity.ParityTest}: a row keyed on
 * the IVR as a caller would (taro calls from his mobile and keys his code; then the number after
 * 0, a forwarding code or a menu path, and 1 to confirm), and what was heard: the error codes
 * whose spoken text it holds, or {@code OK} for the done text alone.
 */
public final class PhoneParityHalf {
  private static final String TARO_MOBILE = "+819012345678";
  private static final String TARO_SECRET =
      SecretsSeen.remember("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  /** ivr-scripts/errors.yaml as written: code to its ja and en templates. */
  private static final Map<String, Map<String, String>> ERRORS = new Yaml().load(
      ClasspathCatalogs.read(ClasspathCatalogs.SPOKEN).get("errors.yaml"));

  private final TwilioStandIn twilio;

  public PhoneParityHalf(int port) {
    this.twilio = new TwilioStandIn(port);
  }

  /** The row through the IVR, on {@link ParityTable#ORGANISATION} freshly imported. */
  public Set<String> answer(ParityCase row) {
    Call call = twilio.call("/twilio/ivr", TARO_MOBILE, PhoneFixture.ACCESS_NUMBER);
    call.press(SecretsSeen.remember(Totp.code(TARO_SECRET, Instant.now())));
    call.press("0");
    call.press(row.number().replace("-", "") + "#");
    String heard = call.heard();
    if (!heard.contains("の設定です")) { // the number itself was refused
      return codes(heard);
    }
    for (String keys : keys(row.action())) {
      call.press(keys);
    }
    if (!call.heard().contains("よろしければ1を")) {
      return codes(call.heard());
    }
    call.press("1");
    return codes(call.heard());
  }

  /** The row's action as keys at the main menu (before the confirming 1). */
  static List<String> keys(ParityCase.Action a) {
    if (a.off()) {
      return List.of("3");
    }
    if (a.slot() != null) {
      return List.of("2", a.slot().toString());
    }
    if (a.voicemail()) {
      return List.of("2", "0");
    }
    return switch (a.mode() == null ? "UNCONDITIONAL" : a.mode()) {
      case "BUSY" -> List.of("*67*" + a.on() + "#");
      case "UNREACHABLE" -> List.of("*62*" + a.on() + "#");
      case "NO_ANSWER" -> List.of("**61*" + a.on() + "**" + a.ring() + "#");
      default -> List.of("*21*" + a.on() + "#");
    };
  }

  /** The codes whose spoken (ja) text was heard; {@code OK} when only the done text was. */
  private static Set<String> codes(String heard) {
    return AnswerCodes.of(heard, code -> List.of(AnswerCodes.template(
        ERRORS.get(code.name()).get("ja"))), "転送の設定が完了しました");
  }
}
