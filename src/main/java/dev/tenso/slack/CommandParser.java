package dev.tenso.slack;

import dev.tenso.core.forwarding.ForwardingMode;
import dev.tenso.slack.SlackCommand.Invalid;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses the text after {@code /forward} into a {@link SlackCommand}. It checks only the shape
 * (which words, how many arguments); every value (numbers, destinations, ring time, codes) goes
 * to the core as typed. A wrong shape is an {@link Invalid} naming the problem and the right
 * form; the user's input is never echoed back (it may hold a code or a token).
 */
final class CommandParser {
  private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");
  private static final Pattern SLOT = Pattern.compile("[1-9][0-9]?");
  private static final Pattern SMALL_NUMBER = Pattern.compile("[0-9]{1,4}");

  private final Words words;

  CommandParser(Words words) {
    this.words = words;
  }

  SlackCommand parse(String text) {
    String t = text == null ? "" : text.strip();
    List<String> tokens = t.isEmpty() ? List.of() : Arrays.asList(SPACE.split(t));
    if (tokens.isEmpty()) {
      return new SlackCommand.Edit(null);
    }
    String verb = words.verb(tokens.get(0)).orElse("");
    List<String> args = tokens.subList(1, tokens.size());
    return switch (verb) {
      case "edit" -> number(args, "edit", SlackCommand.Edit::new);
      case "status" -> number(args, "status", SlackCommand.Status::new);
      case "on" -> new TurnOnParser(words).parse(args);
      case "off" -> off(args);
      case "list" -> number(args, "list", SlackCommand.Saved::new);
      case "numbers" -> numbers(args);
      case "history" -> number(args, "history", SlackCommand.History::new);
      case "register" -> args.size() == 1 ? new SlackCommand.Register(args.get(0))
          : invalid(args.isEmpty() ? "missingToken" : "tooMany", "register");
      case "login" -> none(args, "login", new SlackCommand.Login());
      case "code" -> args.size() == 1 ? new SlackCommand.Code(args.get(0))
          : invalid(args.isEmpty() ? "missingCode" : "tooMany", "code");
      case "logout" -> none(args, "logout", new SlackCommand.Logout());
      case "help" -> new SlackCommand.Help();
      case "users" -> users(args);
      case "adduser" -> none(args, "adduser", new SlackCommand.AddUser());
      case "user" -> args.size() == 1 ? new SlackCommand.UserInfo(args.get(0))
          : invalid(args.isEmpty() ? "missingEmail" : "tooMany", "user");
      default -> invalid("unknownCommand", "all");
    };
  }

  static Invalid invalid(String problem, String usage) {
    return new Invalid(problem, Map.of(), usage);
  }

  private static SlackCommand none(List<String> args, String usage, SlackCommand command) {
    return args.isEmpty() ? command : invalid("tooMany", usage);
  }

  /** {@code [number]} or {@code [number <number>]}. */
  private SlackCommand number(List<String> args, String usage,
      java.util.function.Function<String, SlackCommand> make) {
    if (args.isEmpty()) {
      return make.apply(null);
    }
    if (args.size() == 1 && !words.isOption(args.get(0), "number")) {
      return make.apply(args.get(0));
    }
    if (args.size() == 2 && words.isOption(args.get(0), "number")) {
      return make.apply(args.get(1));
    }
    return invalid(args.size() == 1 ? "missingNumber" : "tooMany", usage);
  }

  private SlackCommand off(List<String> args) {
    if (args.isEmpty()) {
      return new SlackCommand.TurnOff(null);
    }
    if (args.size() == 2 && words.isOption(args.get(0), "number")) {
      return new SlackCommand.TurnOff(args.get(1));
    }
    return invalid("tooMany", "off");
  }

  private SlackCommand numbers(List<String> args) {
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

  private SlackCommand users(List<String> args) {
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

  /** {@code on <destination>|<slot>|voicemail [mode [ring N]] [number <ip>]}. */
  private record TurnOnParser(Words words) {
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
}
