package dev.tenso.parity;

import dev.tenso.core.common.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which error codes a channel's answer said, read back from its text: each code whose text (a
 * pattern, its placeholders as wildcards) the answer holds, except one found only inside another
 * code's longer text (the phone's PHONE_INVALID is the first sentence of NUMBER_INVALID); or
 * {@code OK} when no code was said and the done text was.
 */
public final class AnswerCodes {
  private AnswerCodes() {}

  /** A template with {@code {param}} placeholders as a pattern matching any text for them. */
  public static Pattern template(String text) {
    List<String> parts = new ArrayList<>();
    for (String part : text.split("\\{[A-Za-z]+}", -1)) {
      parts.add(Pattern.quote(part));
    }
    return Pattern.compile(String.join(".+?", parts));
  }

  /** @param patterns each code's texts (one per language) */
  public static Set<String> of(String answer, Function<ErrorCode, List<Pattern>> patterns,
      String doneText) {
    List<int[]> spans = new ArrayList<>();
    List<ErrorCode> found = new ArrayList<>();
    for (ErrorCode code : ErrorCode.values()) {
      for (Pattern p : patterns.apply(code)) {
        Matcher m = p.matcher(answer);
        while (m.find()) {
          spans.add(new int[] {m.start(), m.end()});
          found.add(code);
        }
      }
    }
    Set<String> out = new TreeSet<>();
    for (int i = 0; i < found.size(); i++) {
      int[] s = spans.get(i);
      boolean inside = false;
      for (int[] o : spans) {
        inside |= o != s && o[0] <= s[0] && s[1] <= o[1] && o[1] - o[0] > s[1] - s[0];
      }
      if (!inside) {
        out.add(found.get(i).name());
      }
    }
    if (out.isEmpty() && answer.contains(doneText)) {
      out.add("OK");
    }
    return out;
  }
}
