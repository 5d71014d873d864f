package dev.tenso.slack;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.tenso.core.common.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The core's refusals of a submitted modal as Slack's inline errors ({@code response_action:
 * errors}): each on the block its field names, all at once, each text once per block.
 */
final class InlineErrors {
  private InlineErrors() {}

  /** The ids of the modal's input blocks, in order. */
  static List<String> inputs(View view) {
    return view.getBlocks().stream().filter(b -> b instanceof InputBlock)
        .map(LayoutBlock::getBlockId).toList();
  }

  /**
   * @param blockOf the block a refusal is shown on (its field's, or a fallback the modal has)
   */
  static Map<String, String> of(Texts texts, List<Violation> violations, Who who,
      Function<Violation, String> blockOf) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Violation v : violations) {
      out.merge(blockOf.apply(v), texts.error(v, who.lang(), who.zone()),
          (a, b) -> a.contains(b) ? a : a + " " + b);
    }
    return out;
  }

  /** On the field's own block, else on the first input. */
  static Map<String, String> onFields(Texts texts, List<Violation> violations, Who who,
      List<String> blocks) {
    return of(texts, violations, who, v -> blocks.contains(v.field()) ? v.field() : blocks.get(0));
  }
}
