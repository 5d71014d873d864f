package dev.tenso.slack;

import static dev.tenso.slack.CommandParser.SMALL_NUMBER;
import static dev.tenso.slack.CommandParser.invalid;

import dev.tenso.core.forwarding.ForwardingMode;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code on <destination>|<slot>|voicemail [busy|no-answer [ring <seconds>]|unreachable]
 * [number <ip-number>]}: which words, in which order; the values go to the core as typed.
 */
record TurnOnGrammar(Words words) {
  /** A list number as typed, 0 included (the core refuses it): never a destination. */
  private static final Pattern SLOT = Pattern.compile("0|[1-9][0-9]?");

  SlackCommand parse(List<String> args) {
    if (args.isEmpty()) {
      return invalid("missingTarget", "on");
    }
    String first = args.get(0);
    boolean voicemail = words.isOption(first, "voicemail");
    Integer slot = !voicemail && SLOT.matcher(first).matches() ? Integer.valueOf(first) : null;
    String destination = voicemail || slot != null ? null : first;
    ForwardingMode mode = null;
    Integer ring = null;
    String number = null;
    for (int i = 1; i < args.size(); i++) {
      String option = words.option(args.get(i)).orElse("");
      ForwardingMode m = mode(option);
      if (m != null && mode == null) {
        mode = m;
      } else if (option.equals("ring") && mode == ForwardingMode.NO_ANSWER && ring == null) {
        if (i + 1 >= args.size() || !SMALL_NUMBER.matcher(args.get(i + 1)).matches()) {
          return invalid("ringSeconds", "on");
        }
        ring = Integer.valueOf(args.get(++i));
      } else if (option.equals("ring")) {
        return invalid("ringOnlyNoAnswer", "on");
      } else if (option.equals("number") && number == null && i + 1 < args.size()) {
        number = args.get(++i);
      } else {
        return invalid(option.equals("number") ? "missingNumber" : "unknownOption", "on");
      }
    }
    return new SlackCommand.TurnOn(destination, slot, voicemail, mode, ring, number);
  }

  private static ForwardingMode mode(String option) {
    return switch (option) {
      case "unconditional" -> ForwardingMode.UNCONDITIONAL;
      case "busy" -> ForwardingMode.BUSY;
      case "noAnswer" -> ForwardingMode.NO_ANSWER;
      case "unreachable" -> ForwardingMode.UNREACHABLE;
      default -> null;
    };
  }
}
