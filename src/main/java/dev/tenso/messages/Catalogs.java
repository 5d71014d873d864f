package dev.tenso.messages;

import java.util.Objects;

/**
 * The two catalogs: {@code chat} (conversations/: Slack, console and mail texts) and
 * {@code spoken} (ivr-scripts/: what the phone menu says).
 */
public record Catalogs(MessageCatalog chat, MessageCatalog spoken) {
  public Catalogs {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(spoken, "spoken");
  }
}
