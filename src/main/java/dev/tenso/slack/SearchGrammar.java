package dev.tenso.slack;

import static dev.tenso.slack.CommandParser.SMALL_NUMBER;
import static dev.tenso.slack.CommandParser.invalid;

import java.util.List;

/**
 * The search commands' options, in any order: {@code numbers [site <id>] [contract <N>]
 * [group <Y>] [<digits>] [page <n>]} and {@code users [keyword] [page <n>]}.
 */
record SearchGrammar(Words words) {
  SlackCommand numbers(List<String> args) {
    String group = null;
    String site = null;
    String contract = null;
    String digits = null;
    int page = 1;
    for (int i = 0; i < args.size(); i++) {
      String option = words.option(args.get(i)).orElse("");
      boolean valued = List.of("group", "site", "contract", "page").contains(option);
      if (valued && i + 1 >= args.size()) {
        return invalid("missingValue", "numbers");
      }
      switch (option) {
        case "group" -> group = args.get(++i);
        case "site" -> site = args.get(++i);
        case "contract" -> contract = args.get(++i);
        case "page" -> {
          if (!SMALL_NUMBER.matcher(args.get(++i)).matches()) {
            return invalid("pageNumber", "numbers");
          }
          page = Integer.parseInt(args.get(i));
        }
        default -> {
          if (digits != null) {
            return invalid("tooMany", "numbers");
          }
          digits = args.get(i);
        }
      }
    }
    return new SlackCommand.Numbers(group, site, contract, digits, page);
  }

  SlackCommand users(List<String> args) {
    String keyword = null;
    int page = 1;
    for (int i = 0; i < args.size(); i++) {
      if (words.isOption(args.get(i), "page")) {
        if (i + 1 >= args.size() || !SMALL_NUMBER.matcher(args.get(i + 1)).matches()) {
          return invalid("pageNumber", "users");
        }
        page = Integer.parseInt(args.get(++i));
      } else if (keyword == null) {
        keyword = args.get(i);
      } else {
        return invalid("tooMany", "users");
      }
    }
    return new SlackCommand.Users(keyword, page);
  }
}
