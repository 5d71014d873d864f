package dev.tenso.voice;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Calls into the running app's IVR as Twilio makes them (signed posts, following the TwiML), for
 * tests that drive both channels of one app (outside this package).
 */
public final class PhoneCalls {
  private final TwilioStandIn twilio;
  private Call call;

  public PhoneCalls(int port) {
    this.twilio = new TwilioStandIn(port);
  }

  /** The phone channel on, signed as {@link TwilioStandIn} signs. */
  public static void settings(DynamicPropertyRegistry registry) {
    registry.add("tenso.twilio.auth-token", () -> TwilioStandIn.AUTH_TOKEN);
    registry.add("tenso.public-url", () -> TwilioStandIn.PUBLIC_URL + "/");
  }

  /** A new call from {@code from} to the access number: what it says first. */
  public Heard call(String from) {
    call = twilio.call("/twilio/ivr", from, PhoneFixture.ACCESS_NUMBER);
    return heard();
  }

  /** The caller of the current call presses {@code keys}: what is said next. */
  public Heard press(String keys) {
    call.press(keys);
    return heard();
  }

  private Heard heard() {
    return new Heard(call.heard(), call.ended());
  }

  /** What a call said since the last keys, and whether it then hung up. */
  public record Heard(String text, boolean ended) {}
}
