package dev.tenso.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core holds every rule once, in plain Java: it must not reach for a framework, a channel's
 * library or the store's client, and nothing below it may depend on an adapter.
 */
class CoreIsPlainJavaTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.tenso");
  }

  @Test
  void coreImportsNoFrameworkNoChannelNoStoreClient() {
    noClasses().that().resideInAPackage("dev.tenso.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "com.slack..", "com.twilio..", "io.lettuce..",
            "jakarta..", "javax..", "redis..", "org.yaml..", "com.icegreen..",
            "org.slf4j..", "ch.qos..")
        .because("the core is plain Java; adapters depend on it, never the other way")
        .check(classes);
  }

  @Test
  void coreDependsOnNoAdapter() {
    noClasses().that().resideInAPackage("dev.tenso.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.tenso.redis..", "dev.tenso.mail..", "dev.tenso.slack..", "dev.tenso.voice..",
            "dev.tenso.messages..", "dev.tenso.config..", "dev.tenso.importer..")
        .check(classes);
  }

  @Test
  void coreCarriesNoAnnotationsOfSpring() {
    noClasses().that().resideInAPackage("dev.tenso.core..")
        .should().beAnnotatedWith("org.springframework.stereotype.Component")
        .orShould().beAnnotatedWith("org.springframework.stereotype.Service")
        .check(classes);
  }
}
