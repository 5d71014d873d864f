package dev.tenso.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.directory.Email;
import dev.tenso.core.directory.User;
import dev.tenso.core.directory.UserStatus;
import dev.tenso.core.directory.Users;
import dev.tenso.core.forwarding.ForwardingStore;
import dev.tenso.core.inventory.Inventory;
import dev.tenso.core.inventory.IpNumber;
import dev.tenso.importer.OrganisationImporter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the newcomer's command ({@code ./mvnw spring-boot:run}, the demo profile) gives: with
 * nothing configured, tenso starts its own Redis and SMTP server, loads the demo organisation
 * with the core's rules, invites the invited user, and reports healthy over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class DemoStartTest {
  @TempDir static Path dataDir;

  @DynamicPropertySource
  static void freshDataFolder(DynamicPropertyRegistry registry) {
    registry.add("tenso.data-dir", () -> dataDir.toString());
  }

  @LocalServerPort int port;
  @Autowired Inventory inventory;
  @Autowired ForwardingStore forwarding;
  @Autowired Users users;
  @Autowired OrganisationImporter importer;
  @Autowired StringRedisTemplate redis;

  @Test
  void healthIsUpWithTheEmbeddedRedisAndMailServer() throws Exception {
    HttpResponse<String> health = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
            .build(), HttpResponse.BodyHandlers.ofString());

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"")
        .contains("\"redis\":{").contains("\"mail\":{");
  }

  @Test
  void theDemoOrganisationIsLoadedWithItsForwardingAndUsers() {
    assertThat(inventory.voiceGroups()).hasSize(2);
    assertThat(inventory.numbers()).hasSize(10);
    assertThat(forwarding.get(IpNumber.of("050-1111-0001")).value().enabled()).isTrue();
    assertThat(users.all()).hasSize(6);
    assertThat(users.byEmail(Email.of("taro@example.com")).orElseThrow().status())
        .isEqualTo(UserStatus.ACTIVE);
    User invited = users.byEmail(Email.of("ichiro.new@example.com")).orElseThrow();
    assertThat(invited.status()).isEqualTo(UserStatus.PENDING);
    assertThat(redis.hasKey("tenso:auth:reg:{" + invited.id().value() + "}")).isTrue();
  }

  @Test
  void loadingTheDemoAgainChangesNothing() {
    assertThat(importer.load("classpath:demo/organisation.yaml").written()).isZero();
  }
}
