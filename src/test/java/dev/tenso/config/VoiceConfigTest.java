package dev.tenso.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.voice.PhoneChannel;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The phone channel is on exactly when a token is set, and never without a public URL. */
class VoiceConfigTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withUserConfiguration(VoiceConfig.Channel.class)
      .withPropertyValues("tenso.twilio.auth-token=secret-token-value")
      .withBean(TwilioProperties.class, () -> new TwilioProperties("secret-token-value",
          java.time.Duration.ofHours(2), 120));

  @Test
  void aTokenWithoutAPublicUrlStopsTheStartWithAClearMessage() {
    runner.withBean(PublicUrlProperties.class, () -> new PublicUrlProperties(""))
        .run(context -> {
          assertThat(context).hasFailed();
          Throwable cause = context.getStartupFailure();
          while (!(cause instanceof TwilioSettingsException) && cause.getCause() != null) {
            cause = cause.getCause();
          }
          assertThat(cause).isInstanceOf(TwilioSettingsException.class);
          FailureAnalysis analysis = new TwilioSettingsFailureAnalyzer()
              .analyze(context.getStartupFailure());
          assertThat(analysis.getDescription()).contains("TENSO_PUBLIC_URL")
              .doesNotContain("secret-token-value");
          assertThat(analysis.getAction()).contains("TENSO_PUBLIC_URL")
              .contains("TWILIO_AUTH_TOKEN");
        });
  }

  @Test
  void aPublicUrlThatIsNotAnAbsoluteHttpUrlIsRefused() {
    for (String bad : new String[] {"tenso.example.com", "ftp://x.example", "https://x/?a=1"}) {
      assertThat(org.assertj.core.api.Assertions.catchThrowable(
          () -> VoiceConfig.publicUrl(new PublicUrlProperties(bad))))
          .as(bad).isInstanceOf(TwilioSettingsException.class);
    }
    assertThat(VoiceConfig.publicUrl(new PublicUrlProperties("https://x.example/tenso/")))
        .isEqualTo("https://x.example/tenso");
  }

  @Test
  void withoutATokenTheChannelIsOff() {
    new ApplicationContextRunner().withUserConfiguration(VoiceConfig.Channel.class)
        .run(context -> assertThat(context).doesNotHaveBean(PhoneChannel.class));
  }
}
