package dev.tenso.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code dev.tenso.messages} holds texts: what it offers other packages (public members of public
 * classes) names no Spring and no SnakeYAML type, so a channel depends on the catalogs only and
 * the loading stays an inside matter of the package.
 */
class MessagesExposeOnlyTextsTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.tenso.messages");
  private static final List<String> FORBIDDEN = List.of("org.springframework.", "org.yaml.");

  private static final DescribedPredicate<JavaClass> OFFERED =
      DescribedPredicate.describe("public classes", c -> c.getModifiers()
          .contains(JavaModifier.PUBLIC));

  @Test
  void publicMethodsAndConstructorsNameNoSpringNorSnakeYamlType() {
    codeUnits().that().arePublic().and().areDeclaredInClassesThat(OFFERED)
        .should(new ArchCondition<JavaCodeUnit>("name no Spring or SnakeYAML type") {
          @Override
          public void check(JavaCodeUnit unit, ConditionEvents events) {
            Stream.concat(Stream.of(unit.getReturnType()), unit.getParameterTypes().stream())
                .forEach(t -> report(unit, unit.getFullName(), t, events));
          }
        })
        .check(CLASSES);
  }

  @Test
  void publicFieldsHoldNoSpringNorSnakeYamlType() {
    fields().that().arePublic().and().areDeclaredInClassesThat(OFFERED)
        .should(new ArchCondition<JavaField>("hold no Spring or SnakeYAML type") {
          @Override
          public void check(JavaField field, ConditionEvents events) {
            report(field, field.getFullName(), field.getType(), events);
          }
        })
        .allowEmptyShould(true)
        .check(CLASSES);
  }

  private static void report(Object item, String name, JavaType type, ConditionEvents events) {
    for (JavaClass raw : type.getAllInvolvedRawTypes()) {
      boolean bad = FORBIDDEN.stream().anyMatch(raw.getName()::startsWith);
      events.add(new SimpleConditionEvent(item, !bad, name + " names " + raw.getName()));
    }
  }
}
