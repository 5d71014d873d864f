package dev.tenso.arch;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The core's areas depend on each other one way only: common below everything; inventory and
 * audit; the directory; forwarding; notify; sign-in (auth) and history on top. A cycle would
 * mean an area cannot be read, tested or changed without the other.
 */
class CoreHasNoCyclesTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.tenso.core");

  @Test
  void theCoresAreasAreFreeOfCycles() {
    slices().matching("dev.tenso.core.(*)..").should().beFreeOfCycles().check(CORE);
  }
}
