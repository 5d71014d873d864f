package dev.tenso.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.directory.Email;
import dev.tenso.core.forwarding.ForwardingMode;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.testsupport.GeneratedOrganisation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file past the limits the import used to have: more than SnakeYAML's 3 MiB of code points and
 * more than its 50 aliases of a map, with its thousands of writes staged in parts and switched in
 * through tenso's own Redis client settings (2 s command timeout), where the import used to send
 * one transaction. All of it is imported, and loading it again changes nothing. The benchmark
 * imports 100,000 numbers and 100,000 users; this is its small brother.
 */
class LargeImportTest {
  private static final int NUMBERS = 2_500;
  private static final int USERS = 2_500;
  @RegisterExtension static final ImportFixture f = new ImportFixture();
  @TempDir static Path dir;

  @Test
  void aFilePastTheOldLimitsImportsWholeAndAgainWritesNothing() throws Exception {
    Path file = dir.resolve("large.yaml");
    GeneratedOrganisation.write(file, NUMBERS, USERS, 1_100);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text.codePointCount(0, text.length())).isGreaterThan(3 << 20);
    assertThat(text.split("\\*fwd", -1).length - 1).isGreaterThan(50);

    var report = f.importer.load(file.toString());

    assertThat(report.usersAdded()).isEqualTo(USERS);
    assertThat(report.forwardingChanged()).isEqualTo(NUMBERS);
    assertThat(f.redis.opsForSet().size("tenso:numbers:{inventory}")).isEqualTo(NUMBERS);
    assertThat(f.redis.opsForSet().size("tenso:users:{directory}")).isEqualTo(USERS);
    var aliased = f.forwarding.get(IpNumber.of(GeneratedOrganisation.number(NUMBERS - 2)));
    assertThat(aliased.version()).isEqualTo(1);
    assertThat(aliased.value().mode()).isEqualTo(ForwardingMode.NO_ANSWER);
    var last = f.users.byEmail(Email.of(GeneratedOrganisation.email(USERS - 1))).orElseThrow();
    assertThat(last.numbers()).containsExactly(IpNumber.of(GeneratedOrganisation.number(USERS - 1)));
    assertThat(f.audit.forUser(last.id().value(), 10)).singleElement()
        .satisfies(e -> assertThat(e.action()).isEqualTo("user.add"));
    assertThat(f.redis.keys("tenso:import:*")).isEmpty();
    assertThat(f.hooked.stream().mapToInt(java.util.List::size).sum()).isEqualTo(USERS);
    Long keys = f.redis.execute((org.springframework.data.redis.core.RedisCallback<Long>)
        c -> c.serverCommands().dbSize());

    var again = f.importer.load(file.toString());

    assertThat(again.written()).isZero();
    assertThat(f.redis.execute((org.springframework.data.redis.core.RedisCallback<Long>)
        c -> c.serverCommands().dbSize())).isEqualTo(keys);
    assertThat(f.redis.opsForStream().size("tenso:audit")).isEqualTo(NUMBERS + USERS);
  }
}
