package dev.tenso.slack;

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
  /** A page or a ring time as typed: the core checks its range. */
  static final Pattern SMALL_NUMBER = Pattern.compile("[0-9]{1,4}");

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
      case "on" -> new TurnOnGrammar(words).parse(args);
      case "off" -> off(args);
      case "list" -> number(args, "list", SlackCommand.Saved::new);
      case "numbers" -> new SearchGrammar(words).numbers(args);
      case "history" -> number(args, "history", SlackCommand.History::new);
      case "register" -> args.size() == 1 ? new SlackCommand.Register(args.get(0))
          : invalid(args.isEmpty() ? "missingToken" : "tooMany", "register");
      case "login" -> none(args, "login", new SlackCommand.Login());
      case "code" -> args.size() == 1 ? new SlackCommand.Code(args.get(0))
          : invalid(args.isEmpty() ? "missingCode" : "tooMany", "code");
      case "logout" -> none(args, "logout", new SlackCommand.Logout());
      case "help" -> new SlackCommand.Help();
      case "users" -> new SearchGrammar(words).users(args);
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
}
