package dev.tenso.voice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.auth.ChannelIdentity;
import dev.tenso.core.auth.SignIn;
import dev.tenso.core.common.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Wrong codes on Slack and on the phone count toward one lockout: four on Slack and one on the
 * phone lock taro, who then hears until when (in his zone), even with a right code.
 */
class LockoutAcrossChannelsTest extends PhoneFixture {
  @Autowired SignIn signIn;

  @Test
  void wrongCodesOnSlackAndThePhoneLockTogether() {
    var slack = ChannelIdentity.of(Channel.SLACK, "U-taro");
    var taro = user("taro@example.com").id();
    assertThat(signIn.begin(slack, taro, "").isOk()).isTrue();
    for (int i = 0; i < 4; i++) {
      assertThat(signIn.submit(slack, "000000").isOk()).isFalse();
    }

    Call call = twilio.call("/twilio/ivr", "+819012345678", ACCESS_NUMBER);
    call.press("000000");
    assertThat(call.heard()).contains("失敗が続いたため、一時的にロックしています")
        .containsPattern("\\d+月\\d+日 \\d+時\\d+分 以降に");
    assertThat(call.ended()).isTrue();

    Call again = twilio.call("/twilio/ivr", "+819012345678", ACCESS_NUMBER);
    assertThat(again.heard()).contains("一時的にロックしています");
    assertThat(again.ended()).isTrue();
  }
}
