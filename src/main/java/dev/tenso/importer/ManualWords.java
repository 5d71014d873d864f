package dev.tenso.importer;

import dev.tenso.core.directory.Language;
import dev.tenso.core.directory.Role;
import dev.tenso.core.directory.SecondFactor;
import dev.tenso.core.forwarding.ForwardingMode;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words the carrier's manual and portal show for a value, as administrators copy them into
 * an import file, accepted besides the names tenso writes ({@code MAIL_OTP}, {@code GENERAL},
 * {@code true}...). Compared after NFKC and case folding, so {@code mailotp}, half-width katakana
 * and full-width letters match too. Digits are never read through this table.
 */
final class ManualWords {
  private static final Map<String, Enum<?>> CHOICES = Map.ofEntries(
      // 第2段階認証方式
      Map.entry("mailotp", SecondFactor.MAIL_OTP),
      Map.entry("メールワンタイムパスワード", SecondFactor.MAIL_OTP),
      // ユーザー権限
      Map.entry("一般ユーザー", Role.GENERAL),
      Map.entry("ポータル管理者", Role.PORTAL_ADMIN),
      // メール言語 (the portal's form says Japanese / English)
      Map.entry("japanese", Language.JA),
      Map.entry("english", Language.EN),
      Map.entry("日本語", Language.JA),
      Map.entry("英語", Language.EN),
      // 転送動作
      Map.entry("無条件転送", ForwardingMode.UNCONDITIONAL),
      Map.entry("着信中転送", ForwardingMode.BUSY),
      Map.entry("無応答転送", ForwardingMode.NO_ANSWER),
      Map.entry("不通時転送", ForwardingMode.UNREACHABLE));

  /** モバイル回線通知メール: 通知設定 受信する / 受信しない. */
  static final Map<String, Boolean> LINE_NOTIFICATION = Map.of("受信する", true, "受信しない", false);

  /** 転送設定: 転送する / 転送しない. */
  static final Map<String, Boolean> FORWARDING = Map.of("転送する", true, "転送しない", false);

  private ManualWords() {}

  /** The value of {@code type} the manual's word {@code text} names, if it is one. */
  static <E extends Enum<E>> Optional<E> choice(String text, Class<E> type) {
    return Optional.ofNullable(CHOICES.get(key(text))).filter(type::isInstance).map(type::cast);
  }

  /** The value a yes/no word of {@code words} names, if it is one. */
  static Optional<Boolean> yesNo(String text, Map<String, Boolean> words) {
    return Optional.ofNullable(words.get(key(text)));
  }

  private static String key(String text) {
    return Normalizer.normalize(text.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }
}
