package dev.tenso.slack;

import com.slack.api.methods.MethodsClient;
import dev.tenso.core.auth.SignInStep;
import java.util.List;
import java.util.Map;

/**
 * Setting up an authenticator app in Slack: the QR code uploaded as an image into the DM with the
 * bot, and the key as text; then one current code. The key is shown to its owner only, never
 * logged.
 */
final class Totp {
  private final Parts p;

  Totp(Parts p) {
    this.p = p;
  }

  /** Uploads the QR code into the DM; answers the text with the key. */
  String show(Who who, SignInStep.TotpSetup setup, MethodsClient client) {
    String channel = Views.call(() -> client.conversationsOpen(b -> b.users(
        List.of(who.slackId())))).getChannel().getId();
    Views.call(() -> client.filesUploadV2(b -> b.channel(channel).filename("tenso-totp.png")
        .title(p.texts().t("slack.totp.imageTitle", who.lang()))
        .fileData(setup.qrPng())));
    return p.texts().t("slack.totp.setup", who.lang(), Map.of("key", setup.key()));
  }
}
