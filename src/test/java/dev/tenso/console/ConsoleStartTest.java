package dev.tenso.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tenso.config.TwilioProperties;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * tenso started as the newcomer starts it, with nothing configured: console mode. The start ends
 * naming the console's URL, {@code /} leads there, the channels run with the settings the console
 * generated (and never logged), and only this machine is answered.
 */
@ExtendWith(ConsoleRig.Extension.class)
class ConsoleStartTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void theLastLineOfTheStartNamesTheConsole(ConsoleRig rig) {
    assertThat(rig.startLog).isNotEmpty();
    assertThat(rig.startLog.get(rig.startLog.size() - 1))
        .contains("http://localhost:" + rig.port + "/console/").contains("this machine only");
    String token = rig.bean(TwilioProperties.class).authToken();
    assertThat(token).hasSizeGreaterThan(30);
    assertThat(String.join("\n", rig.startLog)).doesNotContain(token)
        .doesNotContain(rig.app.getEnvironment().getProperty("tenso.slack.signing-secret"));
  }

  @Test
  void theRootLeadsToTheConsolePage(ConsoleRig rig) throws Exception {
    HttpResponse<String> root = HTTP.send(HttpRequest.newBuilder(URI.create(rig.base() + "/"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(root.statusCode()).isEqualTo(302);
    assertThat(root.headers().firstValue("Location")).hasValueSatisfying(
        l -> assertThat(l).endsWith("/console/"));

    HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(
        URI.create(rig.base() + "/console/")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<script src=\"phone.js\"></script>");
  }

  @Test
  void thePhoneChannelRunsAndStillRefusesWhatTheConsoleDidNotSign(ConsoleRig rig)
      throws Exception {
    HttpResponse<String> unsigned = HTTP.send(HttpRequest.newBuilder(
        URI.create(rig.base() + "/twilio/voice"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("To=%2B815011110001&From=%2B819000000000"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(unsigned.statusCode()).isEqualTo(403);
  }

  @Test
  void thePhonePaneReachesOnlyThePhoneChannelWithTwiliosParameters(ConsoleRig rig)
      throws Exception {
    for (String body : new String[] {
        "{\"url\":\"/actuator/health\",\"params\":{}}",
        "{\"url\":\"http://elsewhere.example/twilio/voice\",\"params\":{}}",
        "{\"url\":\"/twilio/../actuator/health\",\"params\":{}}",
        "{\"url\":\"/twilio/voice\",\"params\":{\"Body\":\"x\"}}"}) {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
          URI.create(rig.base() + "/console/api/twilio"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(body).isEqualTo(400);
    }
    HttpResponse<String> call = HTTP.send(HttpRequest.newBuilder(
        URI.create(rig.base() + "/console/api/twilio"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"http://localhost:" + rig.port
            + "/twilio/voice\",\"params\":{\"CallSid\":\"CA1\",\"From\":\"+81300000000\","
            + "\"To\":\"+815011110002\"}}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(call.statusCode()).isEqualTo(200);
    assertThat(call.body()).contains("\"status\":200").contains("sip:0002@acme.sip.twilio.com");
  }

  @Test
  void aRequestFromAnotherAddressOrThroughAProxyIsRefused(ConsoleRig rig) throws Exception {
    @SuppressWarnings("unchecked")
    FilterRegistrationBean<LoopbackOnly> guard =
        rig.app.getBean("consoleLoopbackOnly", FilterRegistrationBean.class);
    MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) rig.app)
        .addFilter(guard.getFilter(), guard.getUrlPatterns().toArray(String[]::new)).build();
    RequestPostProcessor remote = r -> {
      r.setRemoteAddr("192.0.2.10");
      return r;
    };

    for (String path : new String[] {"/console/", "/console/api/info", "/console/api/mails"}) {
      mvc.perform(get(path).with(remote)).andExpect(status().isForbidden())
          .andExpect(content().string(org.hamcrest.Matchers.containsString(
              "this machine (tenso.console.allow-remote)")));
    }
    mvc.perform(get("/console/api/info").header("X-Forwarded-For", "203.0.113.5"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/console/api/info")).andExpect(status().isOk());
  }
}
