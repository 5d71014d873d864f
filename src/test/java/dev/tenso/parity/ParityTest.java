package dev.tenso.parity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tenso.slack.SlackParityHalf;
import dev.tenso.voice.PhoneParityHalf;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The parity table ({@link ParityTable}) through both channels of one running app: each row as a
 * Slack command and as keys on the IVR, each on the table's organisation freshly imported, and
 * the two answers must be the same and the row's ({@code OK} or its error code). A row marked
 * {@code only:} runs on that channel alone.
 */
class ParityTest extends BothChannels {
  @TestFactory
  Stream<DynamicTest> everyRowGivesTheSameAnswerOnBothChannels() {
    List<ParityCase> rows = ParityTable.cases();
    assertThat(rows).hasSizeGreaterThan(40);
    assertThat(rows.stream().filter(r -> r.only().isPresent()))
        .as("rows one channel cannot express").hasSizeLessThanOrEqualTo(4);
    SlackParityHalf slack = new SlackParityHalf(port, catalogs.chat());
    PhoneParityHalf phone = new PhoneParityHalf(port);
    Map<String, Function<ParityCase, Set<String>>> channels = new LinkedHashMap<>();
    channels.put("slack", slack::answer);
    channels.put("phone", phone::answer);
    return rows.stream().map(row -> DynamicTest.dynamicTest(row.id(), () -> {
      Map<String, Set<String>> answers = new LinkedHashMap<>();
      channels.forEach((name, channel) -> {
        if (row.runsOn(name)) {
          fresh(ParityTable.ORGANISATION);
          answers.put(name, channel.apply(row));
        }
      });
      Set<String> expected = Set.of(row.ok() ? "OK" : row.expect());
      assertThat(answers).as(row.id()).isNotEmpty()
          .allSatisfy((name, answer) -> assertThat(answer).as(row.id() + " by " + name)
              .isEqualTo(expected));
      assertThat(answers.values().stream().distinct()).as(row.id() + ": " + answers)
          .hasSize(1);
    }));
  }
}
