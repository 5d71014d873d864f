package dev.tenso.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Parses an import file and validates every row (value objects, duplicates, references between
 * rows, forwarding and user rules) before anything is written. The file is streamed
 * ({@link SectionStream}): one row is parsed, checked and kept as a small value at a time, so a
 * file of 100,000 numbers and 100,000 users never sits in memory as a YAML tree. Sections are
 * read in dependency order (voiceGroups, sites, contracts, numbers, userGroups, users); a file
 * that lists a section before one it refers to is read again for it. A file is
 * self-contained: a reference (a site's voice group, a user's group or number) must name a row
 * of the same file. Rows of the store that the file does not mention are left as they are.
 */
final class OrganisationParser {
  private final ForwardingCheck forwardingCheck;
  private final ImportLimits limits;

  OrganisationParser(ForwardingCheck forwardingCheck) {
    this(forwardingCheck, ImportLimits.DEFAULT);
  }

  OrganisationParser(ForwardingCheck forwardingCheck, ImportLimits limits) {
    this.forwardingCheck = forwardingCheck;
    this.limits = limits;
  }

  /** Opens the file's text, afresh each time it is called. */
  @FunctionalInterface
  interface Input {
    Reader open() throws IOException;
  }

  /** The organisation in {@code text}, or every error of it. */
  Result parse(String text) {
    return parse(() -> new StringReader(text));
  }

  /** The organisation, or every error of the file (a problem of the file as a whole alone). */
  Result parse(Input input) {
    Errors errors = new Errors();
    var inventory = new InventoryRows(errors, forwardingCheck);
    var directory = new DirectoryRows(errors, inventory);
    var stream = new SectionStream(errors, (section, item, path) -> {
      switch (section) {
        case VOICE_GROUPS -> inventory.voiceGroup(item, path);
        case SITES -> inventory.site(item, path);
        case CONTRACTS -> inventory.contract(item, path);
        case NUMBERS -> inventory.number(item, path);
        case USER_GROUPS -> directory.userGroup(item, path);
        case USERS -> directory.user(item, path);
      }
    });
    Set<SectionStream.Section> done = EnumSet.noneOf(SectionStream.Section.class);
    try {
      for (int pass = 0; done.size() < SectionStream.Section.values().length; pass++) {
        try (Reader in = input.open()) {
          for (SectionStream.Section s : stream.pass(new YamlNodes(in, limits), done, pass == 0)) {
            done.add(s);
            if (s == SectionStream.Section.NUMBERS) {
              inventory.numbersRead();
            }
          }
        }
      }
    } catch (YamlNodes.Problem e) {
      return failed(e.error());
    } catch (MarkedYAMLException e) {
      // Only where: SnakeYAML's own words may quote the file (an alias, a character).
      return failed(YamlNodes.Problem.syntax(e.getProblemMark()).error());
    } catch (YAMLException e) {
      // What our reader threw (too large, not UTF-8), wrapped by SnakeYAML's; else malformed.
      return failed(FileProblem.in(e).orElseGet(() -> YamlNodes.Problem.syntax(null).error()));
    } catch (FileProblem e) {
      return failed(e.error());
    } catch (IOException e) {
      return failed(ImportError.of(0, "(file)", ImportReason.FILE_NOT_READABLE));
    }
    if (stream.empty()) {
      return failed(ImportError.of(1, "(file)", ImportReason.EMPTY_FILE));
    }
    if (!errors.isEmpty()) {
      return new Result(Optional.empty(), errors.list());
    }
    return new Result(Optional.of(new Organisation(
        new ArrayList<>(inventory.voiceGroups.values()), new ArrayList<>(inventory.sites.values()),
        new ArrayList<>(inventory.contracts.values()), new ArrayList<>(inventory.numbers.values()),
        new ArrayList<>(directory.userGroups.values()), new ArrayList<>(directory.users.values()))),
        List.of());
  }

  private static Result failed(ImportError error) {
    return new Result(Optional.empty(), List.of(error));
  }

  /** The organisation when the file is valid, else the errors (sorted by line). */
  record Result(Optional<Organisation> organisation, List<ImportError> errors) {}
}
