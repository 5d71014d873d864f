package dev.tenso.voice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.core.auth.FirstFactorClaim;
import dev.tenso.core.auth.SignInInput;
import dev.tenso.core.auth.SignInUseCases;
import dev.tenso.core.common.Channel;
import dev.tenso.core.common.ChannelIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Wrong codes on Slack and on the phone count toward one lockout: four on Slack and one on the
 * phone lock taro, who then hears until when (in his zone), even with a right code.
 */
class LockoutAcrossChannelsTest extends PhoneFixture {
  @Autowired SignInUseCases signIn;

  @Test
  void wrongCodesOnSlackAndThePhoneLockTogether() {
    var slack = ChannelIdentity.of(Channel.SLACK, "U-taro");
    var taro = user("taro@example.com").id();
    signIn.identify(slack, new FirstFactorClaim.Linked(taro));
    signIn.next(slack);
    for (int i = 0; i < 4; i++) {
      assertThat(signIn.submit(slack, new SignInInput.Code("000000")).problems()).isNotEmpty();
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
