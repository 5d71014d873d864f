package dev.tenso.testsupport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A made-up organisation of any size as an import file: {@code numbers} IP numbers (050-1xxx-xxxx)
 * in contracts of 100, sites of 1,000 and voice groups of 10,000, and {@code users} users, user i
 * with number i (while there are numbers), its own phone (03-5xxx-xxxx) and mobile
 * (090-6xxx-xxxx), in one of the sites' user groups, registered, receiving line notification.
 * Every other number's forwarding is an alias of the first one's ({@code *fwd}); a user's comment
 * is {@code commentLength} characters long. What the benchmark and the large-import test load.
 */
public final class GeneratedOrganisation {
  private GeneratedOrganisation() {}

  public static String number(int i) {
    return String.format("050-%04d-%04d", 1000 + i / 10_000, i % 10_000);
  }

  public static String email(int i) {
    return String.format("user%06d@example.com", i);
  }

  public static String mobile(int i) {
    return String.format("090-%04d-%04d", 6000 + i / 10_000, i % 10_000);
  }

  public static void write(Path file, int numbers, int users, int commentLength) {
    int contracts = Math.max(1, (numbers + 99) / 100);
    int sites = Math.max(1, (contracts + 9) / 10);
    int groups = Math.max(1, (sites + 9) / 10);
    String comment = "c".repeat(commentLength);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("# generated: " + numbers + " numbers, " + users + " users\nvoiceGroups:\n");
      for (int g = 0; g < groups; g++) {
        w.write(String.format("  - {id: Y%08d, name: 音声グループ%d}%n", g + 1, g + 1));
      }
      w.write("sites:\n");
      for (int s = 0; s < sites; s++) {
        w.write(String.format("  - {id: S%05d, name: 拠点%d, voiceGroup: Y%08d, opened: true}%n",
            s, s, s / 10 + 1));
      }
      w.write("contracts:\n");
      for (int c = 0; c < contracts; c++) {
        w.write(String.format("  - {number: N%08d, voiceGroup: Y%08d, site: S%05d, plan: IP_VOICE,"
            + " membersNet: true, messageBox: true, representative: %s}%n",
            c + 1, c / 100 + 1, c / 10, c % 10 == 0));
      }
      w.write("numbers:\n");
      for (int i = 0; i < numbers; i++) {
        w.write(String.format("  - number: %s%n    contract: N%08d%n"
            + "    terminal: sip:%d@head-office.example.sip.twilio.com%n", number(i), i / 100 + 1, i));
        w.write(i == 0
            ? "    forwarding: &fwd {enabled: true, mode: NO_ANSWER, ringTime: 20,"
                + " destinations: [090-1234-5678, null, 03-1234-5678], active: 1}\n"
            : i % 2 == 0 ? "    forwarding: *fwd\n"
            : String.format("    forwarding: {enabled: true, mode: UNCONDITIONAL, ringTime: 30,"
                + " destinations: [%s], active: 1}%n", mobile(i)));
      }
      w.write("userGroups:\n");
      for (int s = 0; s < sites; s++) {
        w.write(String.format("  - {name: グループ%d, sites: [S%05d], voiceGroups: []}%n", s, s));
      }
      w.write("users:\n");
      for (int i = 0; i < users; i++) {
        w.write(String.format("  - {email: %s, name: 社員 %06d, phone: 03-%04d-%04d, mobile: %s,"
            + " language: ja, secondFactor: MAIL_OTP, role: GENERAL, title: 課長,"
            + " timezone: Asia/Tokyo, groups: [グループ%d], numbers: [%s],"
            + " lineNotification: true, registered: true, comment: %s}%n", email(i), i,
            5000 + i / 10_000, i % 10_000, mobile(i), (i % contracts) / 10,
            i < numbers ? number(i) : "", comment));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
