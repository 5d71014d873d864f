package dev.tenso.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.util.JsonOps;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The directly written acknowledgement is the JSON Bolt's serializer writes, to the letter. */
class AckJsonTest {
  @Test
  void writesWhatBoltWritesForTheQuickAnswersBlocks() {
    String tricky = "転送する \"quoted\" \\ <a&b> \n\t\u0001 \u2028 end";
    Reply reply = new Reply(tricky, List.of(
        header(h -> h.text(plainText(tricky))),
        section(s -> s.text(markdownText(tricky)).blockId("b1")
            .accessory(button(b -> b.actionId("tenso.edit").value("05011110001")
                .text(plainText("変更"))))),
        section(s -> s.text(plainText(p -> p.text("plain").emoji(true)))),
        context(c -> c.elements(List.of(markdownText("more"), plainText("x")))),
        actions(a -> a.blockId("home.1").elements(List.of(
            button(b -> b.actionId("a").value("v").style("primary").text(plainText("on"))),
            button(b -> b.actionId("b").url("https://example.com").text(plainText("off"))))))));

    String ours = AckJson.of(reply).orElseThrow();
    String bolts = JsonOps.toJsonString(SlashCommandResponse.builder().responseType("ephemeral")
        .text(reply.text()).blocks(reply.blocks()).build());
    assertThat(JsonParser.parseString(ours)).isEqualTo(JsonParser.parseString(bolts));
  }

  @Test
  void leavesAnyOtherBlockToBolt() {
    assertThat(AckJson.of(new Reply("x", List.of(divider())))).isEmpty();
  }
}
