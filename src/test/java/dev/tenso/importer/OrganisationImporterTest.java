package dev.tenso.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.forwarding.ForwardingMode;
import dev.tenso.core.forwarding.Target;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.core.inventory.SiteId;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class OrganisationImporterTest {
  private static final String DEMO = "classpath:demo/organisation.yaml";
  @RegisterExtension static final ImportFixture f = new ImportFixture();
  @TempDir Path dir;

  @BeforeEach
  void flush() {
    f.flush();
  }

  @Test
  void theDemoFileImportsCleanly() {
    var report = f.importer.load(DEMO);
    assertThat(report.usersAdded()).isEqualTo(6);
    assertThat(f.inventory.voiceGroups()).hasSize(2);
    assertThat(f.inventory.sites()).extracting(s -> s.opened()).containsExactly(true, true, false);
    assertThat(f.inventory.numbers()).hasSize(10);
    var fwd = f.forwarding.get(IpNumber.of("050-2222-0002"));
    assertThat(fwd.version()).isEqualTo(1);
    assertThat(fwd.value().mode()).isEqualTo(ForwardingMode.UNREACHABLE);
    assertThat(fwd.value().active()).isEqualTo(Target.voicemail());
    assertThat(f.audit.forNumber("05022220002", 10)).singleElement()
        .satisfies(e -> assertThat(e.channel()).isEqualTo("import"));
    assertThat(f.forwarding.get(IpNumber.of("050-1111-0003")).version()).isZero();
    var admin = f.users.byEmail(Email.of("HANAKO.ADMIN@example.com")).orElseThrow();
    assertThat(admin.isAdmin()).isTrue();
    assertThat(admin.status()).isEqualTo(UserStatus.ACTIVE);
    assertThat(f.users.byEmail(Email.of("ichiro.new@example.com")).orElseThrow().status())
        .isEqualTo(UserStatus.PENDING);
    assertThat(f.hooked).singleElement().satisfies(list -> assertThat(list)
        .hasSize(6).filteredOn(ImportedUser::invite).singleElement()
        .satisfies(u -> assertThat(u.created()).isTrue()));
    assertThat(report.deleted()).isFalse();
  }

  @Test
  void loadingTheSameFileTwiceChangesNothing() {
    f.importer.load(DEMO);
    var before = f.dump();
    var second = f.importer.load(DEMO);
    assertThat(second.written()).isZero();
    assertThat(f.dump()).isEqualTo(before);
    assertThat(f.hooked).hasSize(2);
    assertThat(f.hooked.get(1)).noneMatch(ImportedUser::created);
  }

  @Test
  void aChangedRowUpdatesWithAVersionBumpAndAnImportAuditEvent() throws Exception {
    Path file = dir.resolve("org.yaml");
    String demo = new String(getClass().getResourceAsStream("/demo/organisation.yaml").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    Files.writeString(file, demo);
    f.importer.load(file.toString());
    var before = f.dump();

    Files.writeString(file, demo
        .replace("destinations: [06-6123-4567, 070-3456-7890], active: 2",
            "destinations: [06-6123-4567, 070-3456-7890], active: 1")
        .replace("name: 神戸営業所", "name: 神戸支店"));
    var report = f.importer.load(file.toString());

    assertThat(report.written()).isEqualTo(2);
    assertThat(report.forwardingChanged()).isEqualTo(1);
    var fwd = f.forwarding.get(IpNumber.of("050-2222-0001"));
    assertThat(fwd.version()).isEqualTo(2);
    assertThat(fwd.value().active()).isEqualTo(Target.slot(1));
    var events = f.audit.forNumber("05022220001", 10);
    assertThat(events).hasSize(2);
    assertThat(events.get(0).channel()).isEqualTo("import");
    assertThat(events.get(0).before()).isEqualTo(events.get(1).after());
    assertThat(f.inventory.site(SiteId.of("S003")).orElseThrow().name()).isEqualTo("神戸支店");
    var after = f.dump();
    // the routing record follows the forwarding (calls now go to slot 1)
    assertThat(after.get("tenso:route:{05022220001}")).contains("to=+81661234567");
    // a site changed: what instances remember of contracts and sites is read anew
    assertThat(after.get("tenso:inventory-state:{directory}"))
        .isNotEqualTo(before.get("tenso:inventory-state:{directory}"));
    var changed = java.util.Set.of("tenso:site:{inventory}:S003", "tenso:forwarding:{05022220001}",
        "tenso:route:{05022220001}", "tenso:audit", "tenso:audit:number:{05022220001}",
        "tenso:inventory-state:{directory}");
    after.keySet().removeAll(changed);
    before.keySet().removeAll(changed);
    assertThat(after).isEqualTo(before);
  }

  @Test
  void aBadFileWritesNothingAndReportsEveryLine() throws Exception {
    f.importer.load(DEMO);
    var before = f.dump();
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, """
        voiceGroups: [{id: Y00000001, name: 本社}]
        sites: [{id: S001, name: 東京本社, voiceGroup: Y00000001, opened: true}]
        contracts:
          - {number: N00000001, voiceGroup: Y00000001, site: S001, plan: MOBILE_OFFICE}
        numbers:
          - {number: 050-1111-0001, contract: N00000001,
             forwarding: {enabled: true, ringTime: 31, destinations: [090-0000-0000]}}
          - {number: 050-1111-0009, contract: N00000001,
             forwarding: {enabled: true, destinations: [090-0000-0000]}}
          - {number: 050-1111-0002, contract: N00000009}
        users:
          - {email: REJECT@example.com, name: XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX, phone: 03-1111-2222, language: ja,
             secondFactor: MAIL_OTP, timezone: Asia/Tokyo}
        """);
    assertThatThrownBy(() -> f.importer.load(file.toString()))
        .isInstanceOf(ImportFailedException.class)
        .satisfies(e -> assertThat(((ImportFailedException) e).errors())
            .extracting(ImportError::toString).containsExactly(
                "line 7: numbers[0].forwarding.ringTime: RING_TIME_OUT_OF_RANGE",
                "line 10: numbers[2].contract: UNKNOWN_CONTRACT",
                "line 12: users[0].name: NAME_TOO_LONG"))
        .hasMessageContaining("line 7").hasMessageContaining("line 10")
        .hasMessageContaining("nothing was written");
    assertThat(f.dump()).isEqualTo(before);
    assertThat(f.hooked).hasSize(1);
    assertThat(file).exists();
  }

  @Test
  void aNewTerminalRewritesOnlyThatNumbersRoutingRecord() throws Exception {
    Path file = dir.resolve("org.yaml");
    String demo = new String(getClass().getResourceAsStream("/demo/organisation.yaml").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    Files.writeString(file, demo);
    f.importer.load(file.toString());
    var before = f.dump();
    assertThat(before.get("tenso:route:{05011110003}")).contains("sip:0003@acme.sip.twilio.com");

    Files.writeString(file, demo.replace("sip:0003@acme", "sip:0333@acme"));
    var report = f.importer.load(file.toString());

    assertThat(report.written()).isEqualTo(1);
    var after = f.dump();
    assertThat(after.get("tenso:route:{05011110003}")).contains("sip:0333@acme.sip.twilio.com")
        .doesNotContain("sip:0003@");
    var changed = java.util.Set.of("tenso:number:{05011110003}", "tenso:route:{05011110003}");
    after.keySet().removeAll(changed);
    before.keySet().removeAll(changed);
    assertThat(after).isEqualTo(before);
  }

  @Test
  void aLoopClosedThroughANumberAlreadyStoredIsRefused() throws Exception {
    f.importer.load(DEMO); // 050-2222-0001 forwards (NO_ANSWER) to its slot 2, not a tenso number
    Path first = dir.resolve("first.yaml");
    Files.writeString(first, """
        voiceGroups: [{id: Y00000002, name: 関西支社}]
        sites: [{id: S002, name: 大阪支店, voiceGroup: Y00000002, opened: true}]
        contracts:
          - {number: N00000002, voiceGroup: Y00000002, site: S002, plan: IP_VOICE,
             membersNet: true, messageBox: true, representative: true}
        numbers:
          - number: 050-2222-0002
            contract: N00000002
            forwarding: {enabled: true, destinations: [050-2222-0003], active: 1}
        """);
    f.importer.load(first.toString()); // stored: 0002 -> 0003
    var before = f.dump();
    Path second = dir.resolve("second.yaml");
    Files.writeString(second, Files.readString(first)
        .replace("050-2222-0002\n", "050-2222-0003\n").replace("[050-2222-0003]", "[050-2222-0002]"));

    assertThatThrownBy(() -> f.importer.load(second.toString()))
        .isInstanceOf(ImportFailedException.class)
        .satisfies(e -> assertThat(((ImportFailedException) e).errors())
            .extracting(ImportError::toString)
            .containsExactly("line 9: numbers[0].forwarding.active: DESTINATION_LOOP"));
    assertThat(f.dump()).isEqualTo(before);
  }

  @Test
  void aBadFileOnAnEmptyStoreWritesNoKeyAtAll() {
    assertThatThrownBy(() -> f.importer.load(DEMO.replace("organisation", "missing")))
        .isInstanceOf(ImportFailedException.class).hasMessageContaining("FILE_NOT_FOUND");
    assertThat(f.dump()).isEmpty();
  }

  @Test
  void aFileWithTotpSecretsIsDeletedAfterImportAndTheSecretReachesOnlyTheHook() throws Exception {
    Path file = dir.resolve("migrate.yaml");
    Files.writeString(file, """
        users:
          - {email: totp@example.com, name: TOTP 利用者, phone: 03-1111-2222, language: ja,
             secondFactor: TOTP, timezone: Asia/Tokyo, registered: true,
             totpSecret: JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP}
        """);
    var report = f.importer.load(file.toString());
    assertThat(report.deleted()).isTrue();
    assertThat(file).doesNotExist();
    ImportedUser u = f.hooked.get(0).get(0);
    assertThat(u.totpSecret()).contains("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
    assertThat(u.toString()).doesNotContain("JBSWY3DP");
    assertThat(u.user().status()).isEqualTo(UserStatus.ACTIVE);
    assertThat(f.dump().values()).noneMatch(v -> v.contains("JBSWY3DP"));
    assertThat(report.toString()).doesNotContain("JBSWY3DP");
  }

  @Test
  void aPendingUserTheFileNowCallsRegisteredBecomesActiveAndKeepsItsId() throws Exception {
    Path file = dir.resolve("users.yaml");
    String row = """
        users:
          - {email: Late@Example.com, name: 遅 太郎, phone: 03-1111-2222, language: ja,
             secondFactor: MAIL_OTP, timezone: Asia/Tokyo, %s}
        """;
    Files.writeString(file, row.formatted("invite: true"));
    f.importer.load(file.toString());
    var pending = f.users.byEmail(Email.of("late@example.com")).orElseThrow();
    assertThat(pending.status()).isEqualTo(UserStatus.PENDING);

    Files.writeString(file, row.formatted("registered: true"));
    f.importer.load(file.toString());
    var active = f.users.byEmail(Email.of("late@example.com")).orElseThrow();
    assertThat(active.status()).isEqualTo(UserStatus.ACTIVE);
    assertThat(active.id()).isEqualTo(pending.id());
    assertThat(f.audit.forUser(active.id().value(), 10)).extracting(e -> e.action())
        .containsExactly("user.update", "user.add");
  }

  @Test
  void aUserUpdateIsAuditedWithTheFieldsItChangedAndTheirValuesButNeverASecret() throws Exception {
    Path file = dir.resolve("users.yaml");
    String org = """
        voiceGroups: [{id: Y1, name: 本社}]
        sites: [{id: S1, name: 東京, voiceGroup: Y1, opened: true}]
        contracts: [{number: N1, voiceGroup: Y1, site: S1, plan: IP_VOICE}]
        numbers: [{number: 050-1111-0001, contract: N1}, {number: 050-1111-0002, contract: N1}]
        userGroups: [{name: 東京営業, sites: [S1]}]
        users:
          - {email: late@example.com, title: 課長, language: ja, timezone: Asia/Tokyo, %s}
        """;
    Files.writeString(file, org.formatted("name: 遅 太郎, phone: 03-1111-2222, groups: [東京営業],"
        + " numbers: [050-1111-0001], secondFactor: MAIL_OTP"));
    f.importer.load(file.toString());
    Files.writeString(file, org.formatted("name: 遅 次郎, phone: 03-3333-4444,"
        + " mobile: 090-5555-6666, numbers: [050-1111-0002, 050-1111-0001], secondFactor: TOTP,"
        + " registered: true, totpSecret: JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"));

    f.importer.load(file.toString());

    var user = f.users.byEmail(Email.of("late@example.com")).orElseThrow();
    assertThat(f.audit.forUser(user.id().value(), 1)).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("user.update");
      assertThat(e.actor()).isEqualTo("import");
      assertThat(e.before()).isEqualTo("status=PENDING role=GENERAL name=\"遅 太郎\""
          + " phone=03-1111-2222 mobile=\"\" secondFactor=MAIL_OTP groups=[東京営業]"
          + " numbers=[050-1111-0001]");
      assertThat(e.after()).isEqualTo("status=ACTIVE role=GENERAL name=\"遅 次郎\""
          + " phone=03-3333-4444 mobile=090-5555-6666 secondFactor=TOTP groups=[]"
          + " numbers=[050-1111-0001,050-1111-0002]");
    });
    assertThat(f.dump().values()).noneMatch(v -> v.contains("JBSWY3DP"));
  }
}
