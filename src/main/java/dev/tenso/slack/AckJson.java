package dev.tenso.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.List;
import java.util.Optional;

/**
 * The acknowledgement of a command answered at once ({@code response_type: ephemeral}, its text
 * and blocks), written as JSON directly: the blocks the quick answers use (header, section with a
 * button, context, actions of buttons) and nothing else. Bolt's reflective serializer costs such
 * an answer more than its Redis read; a reply with any other block is left to it (empty).
 */
final class AckJson {
  private final StringBuilder out = new StringBuilder(1024);

  private AckJson() {}

  static Optional<String> of(Reply reply) {
    AckJson j = new AckJson();
    j.out.append("{\"response_type\":\"ephemeral\",\"text\":");
    j.string(reply.text());
    j.out.append(",\"blocks\":[");
    for (int i = 0; i < reply.blocks().size(); i++) {
      j.out.append(i == 0 ? "" : ",");
      if (!j.block(reply.blocks().get(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(j.out.append("]}").toString());
  }

  private boolean block(LayoutBlock b) {
    if (b instanceof SectionBlock s && s.getFields() == null && s.getExpand() == null) {
      open("section", s.getBlockId());
      return field("text") && text(s.getText())
          && (s.getAccessory() == null || field("accessory") && element(s.getAccessory()))
          && close();
    }
    if (b instanceof HeaderBlock h) {
      open("header", h.getBlockId());
      return field("text") && text(h.getText()) && close();
    }
    if (b instanceof ContextBlock c) {
      open("context", c.getBlockId());
      field("elements");
      return list(c.getElements(), e -> e instanceof MarkdownTextObject
          || e instanceof PlainTextObject ? text(e) : false) && close();
    }
    if (b instanceof ActionsBlock a) {
      open("actions", a.getBlockId());
      field("elements");
      return list(a.getElements(), this::element) && close();
    }
    return false;
  }

  private boolean element(BlockElement e) {
    if (!(e instanceof ButtonElement b) || b.getConfirm() != null) {
      return false;
    }
    out.append("{\"type\":\"button\",\"text\":");
    text(b.getText());
    optional("action_id", b.getActionId());
    optional("url", b.getUrl());
    optional("value", b.getValue());
    optional("style", b.getStyle());
    optional("accessibility_label", b.getAccessibilityLabel());
    return close();
  }

  private boolean text(Object t) {
    if (t instanceof MarkdownTextObject m && m.getVerbatim() == null) {
      out.append("{\"type\":\"mrkdwn\",\"text\":");
      string(m.getText());
    } else if (t instanceof PlainTextObject p) {
      out.append("{\"type\":\"plain_text\",\"text\":");
      string(p.getText());
      if (p.getEmoji() != null) {
        out.append(",\"emoji\":").append(p.getEmoji());
      }
    } else {
      return false;
    }
    return close();
  }

  private interface Writer<T> {
    boolean write(T item);
  }

  private <T> boolean list(List<T> items, Writer<? super T> each) {
    out.append('[');
    for (int i = 0; items != null && i < items.size(); i++) {
      out.append(i == 0 ? "" : ",");
      if (!each.write(items.get(i))) {
        return false;
      }
    }
    out.append(']');
    return true;
  }

  private void open(String type, String blockId) {
    out.append("{\"type\":\"").append(type).append('"');
    optional("block_id", blockId);
  }

  private boolean field(String name) {
    out.append(",\"").append(name).append("\":");
    return true;
  }

  private void optional(String name, String value) {
    if (value != null) {
      field(name);
      string(value);
    }
  }

  private boolean close() {
    out.append('}');
    return true;
  }

  private void string(String s) {
    JsonText.quote(out, s);
  }
}
