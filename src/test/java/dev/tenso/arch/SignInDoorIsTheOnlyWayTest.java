package dev.tenso.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Codes are checked, and failures counted, only through the sign-in door: the TOTP and mail-code
 * verifiers, the registration-code check and the lockout are package-private pieces of
 * {@code core.auth}, never beans, and no other package (no channel, no adapter, no other area of
 * the core) uses them.
 */
class SignInDoorIsTheOnlyWayTest {
  private static final String VERIFIERS = "dev\\.tenso\\.core\\.auth\\."
      + "(TotpService|TotpCodes|MailOtp|Lockout|Registration|Enrolment|CodeSignIn|Parts)";

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.tenso");

  @Test
  void theVerifiersAndTheLockoutArePackagePrivate() {
    classes().that().haveNameMatching(VERIFIERS).should().notBePublic().check(CLASSES);
  }

  @Test
  void noClassOutsideSignInUsesThem() {
    noClasses().that().resideOutsideOfPackage("dev.tenso.core.auth")
        .should().dependOnClassesThat().haveNameMatching(VERIFIERS)
        .because("a code checked elsewhere would not count towards the lock")
        .check(CLASSES);
  }

  @Test
  void theAdaptersAndChannelsReachSignInOnlyThroughItsDoorsAndPorts() {
    noClasses().that().resideInAnyPackage("dev.tenso.redis..", "dev.tenso.mail..",
            "dev.tenso.slack..", "dev.tenso.voice..", "dev.tenso.importer..",
            "dev.tenso.messages..")
        .should().dependOnClassesThat().haveNameMatching(
            "dev\\.tenso\\.core\\.auth\\.(Sessions|Steps|Submissions|Actions|FirstFactor)")
        .check(CLASSES);
  }
}
