package dev.tenso.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Every key a Lua script touches is passed in KEYS (Redis Cluster routes a script by its keys
 * and refuses one that reaches another slot): no script names a key itself, nor builds one.
 */
class ScriptsUseOnlyKeysTest {
  /** The first argument of redis.call after the command: the key, for every command used. */
  private static final Pattern KEY_ARG = Pattern.compile("redis\\.call\\('(\\w+)',\\s*([^,)]+)");

  @Test
  void noScriptNamesOrBuildsAKey() throws Exception {
    List<String> scripts = new ArrayList<>();
    for (var c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.tenso.redis")) {
      for (Field f : c.reflect().getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && RedisScript.class.isAssignableFrom(f.getType())) {
          f.setAccessible(true);
          scripts.add(c.getSimpleName() + "." + f.getName() + ": "
              + ((RedisScript<?>) f.get(null)).getScriptAsString());
        }
      }
    }
    assertThat(scripts).hasSizeGreaterThan(15);
    for (String script : scripts) {
      assertThat(script).as(script).doesNotContain("tenso:");
      Matcher m = KEY_ARG.matcher(script);
      while (m.find()) {
        assertThat(m.group(2)).as(script).doesNotContain("..");
      }
    }
  }
}
