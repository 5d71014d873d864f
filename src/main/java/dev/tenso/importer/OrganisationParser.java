package dev.tenso.importer;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses an import file with SnakeYAML's node API and validates every row (value objects,
 * duplicates, references between rows, forwarding and user rules) before anything is written.
 * Sections are read in dependency order: voiceGroups, sites, contracts, numbers, userGroups, users.
 * A file is self-contained: a reference (a site's voice group, a user's group or number) must name
 * a row of the same file. Rows of the store that the file does not mention are left as they are.
 */
final class OrganisationParser {
  private static final Set<String> SECTIONS =
      Set.of("voiceGroups", "sites", "contracts", "numbers", "userGroups", "users");
  private final ForwardingCheck forwardingCheck;

  OrganisationParser(ForwardingCheck forwardingCheck) {
    this.forwardingCheck = forwardingCheck;
  }

  /** The organisation, or every error of the file. */
  Result parse(String text) {
    Errors errors = new Errors();
    Node root = compose(text, errors);
    if (root == null) {
      return new Result(Optional.empty(), errors.list());
    }
    Optional<Fields> top = Fields.of(root, "(file)", SECTIONS, errors);
    if (top.isEmpty()) {
      return new Result(Optional.empty(), errors.list());
    }
    Fields f = top.get();
    var inventory = new InventoryRows(errors, forwardingCheck);
    inventory.voiceGroups(f.node("voiceGroups"));
    inventory.sites(f.node("sites"));
    inventory.contracts(f.node("contracts"));
    inventory.numbers(f.node("numbers"));
    var directory = new DirectoryRows(errors, inventory);
    directory.userGroups(f.node("userGroups"));
    directory.users(f.node("users"));
    if (!errors.isEmpty()) {
      return new Result(Optional.empty(), errors.list());
    }
    return new Result(Optional.of(new Organisation(
        new ArrayList<>(inventory.voiceGroups.values()), new ArrayList<>(inventory.sites.values()),
        new ArrayList<>(inventory.contracts.values()), new ArrayList<>(inventory.numbers.values()),
        new ArrayList<>(directory.userGroups.values()), new ArrayList<>(directory.users.values()))),
        List.of());
  }

  private static Node compose(String text, Errors errors) {
    try {
      Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
      if (root == null) {
        errors.add(1, "(file)", ImportReason.EMPTY_FILE);
      }
      return root;
    } catch (MarkedYAMLException e) {
      // Only where: SnakeYAML's own words may quote the file (an alias, a character).
      var mark = e.getProblemMark();
      int line = mark == null ? 1 : mark.getLine() + 1;
      int column = mark == null ? 1 : mark.getColumn() + 1;
      errors.add(line, "(file)", ImportReason.YAML_SYNTAX, Map.of("column", Integer.toString(column)));
    } catch (YAMLException e) {
      errors.add(1, "(file)", ImportReason.YAML_SYNTAX, Map.of("column", "1"));
    }
    return null;
  }

  /** The organisation when the file is valid, else the errors (sorted by line). */
  record Result(Optional<Organisation> organisation, List<ImportError> errors) {}
}
