package dev.tenso.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/** One answer in a message: the plain text (notifications, screen readers) and its blocks. */
record Reply(String text, List<LayoutBlock> blocks) {
  Reply {
    blocks = List.copyOf(blocks);
  }

  /** A text alone, as one section. */
  static Reply of(String text) {
    return new Reply(text, List.of(section(s -> s.text(markdownText(Mrkdwn.escape(text))))));
  }

  /** This answer with {@code head} said first. */
  Reply after(String head) {
    List<LayoutBlock> all = new ArrayList<>(of(head).blocks());
    all.addAll(blocks);
    return new Reply(head + "\n" + text, all);
  }
}
