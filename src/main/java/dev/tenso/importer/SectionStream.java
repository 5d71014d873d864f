package dev.tenso.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One pass over an import file: the top-level map of sections, each a list whose rows are
 * handed over one at a time ({@link Rows}), so that no section is ever held as a whole. A
 * section is read in a pass only once every section it refers to has been read (before, or
 * earlier in this pass) or is known to be absent; the others are skipped and read by a later
 * pass. The top-level keys are checked in the first pass, as any row's keys are ({@link Fields}).
 */
final class SectionStream {
  /** The sections, in dependency order, each with the sections its rows refer to. */
  enum Section {
    VOICE_GROUPS("voiceGroups"),
    SITES("sites", VOICE_GROUPS),
    CONTRACTS("contracts", VOICE_GROUPS, SITES),
    NUMBERS("numbers", CONTRACTS),
    USER_GROUPS("userGroups", VOICE_GROUPS, SITES),
    USERS("users", USER_GROUPS, NUMBERS);

    static final Set<String> KEYS =
        Arrays.stream(values()).map(s -> s.key).collect(Collectors.toUnmodifiableSet());
    final String key;
    private final List<Section> refersTo;

    Section(String key, Section... refersTo) {
      this.key = key;
      this.refersTo = List.of(refersTo);
    }

    static Section named(Node key) {
      if (key instanceof ScalarNode s) {
        for (Section section : values()) {
          if (section.key.equals(s.getValue())) {
            return section;
          }
        }
      }
      return null;
    }
  }

  /** Takes one row of a section, with its path ({@code numbers[3]}). */
  @FunctionalInterface
  interface Rows {
    void row(Section section, Node item, String path);
  }

  private final Errors errors;
  private final Rows rows;
  private Set<Section> present;
  private boolean empty;

  SectionStream(Errors errors, Rows rows) {
    this.errors = errors;
    this.rows = rows;
  }

  /** True when the file holds no document at all. */
  boolean empty() {
    return empty;
  }

  /**
   * Reads the file once, handing over the rows of each section that is ready and not
   * {@code done}.
   *
   * @return the sections read, in the order read; after the first pass also every section the
   *     file does not have (there is nothing to read of it); all of them when the file is not a
   *     map of sections
   */
  List<Section> pass(YamlNodes y, Set<Section> done, boolean first) {
    List<Section> read = new ArrayList<>();
    y.take();
    if (y.at(Event.ID.StreamEnd)) {
      empty = true;
      return List.of(Section.values());
    }
    y.take();
    if (!y.at(Event.ID.MappingStart)) {
      Node root = y.compose();
      if (first) {
        Fields.of(root, "(file)", Section.KEYS, errors);
      }
      endOfDocument(y);
      return List.of(Section.values());
    }
    Event start = y.take();
    List<NodeTuple> keys = new ArrayList<>();
    Set<Section> met = EnumSet.noneOf(Section.class);
    while (!y.at(Event.ID.MappingEnd)) {
      Node key = y.compose();
      keys.add(new NodeTuple(key, placeholder(key)));
      Section s = Section.named(key);
      if (s == null || !met.add(s)) {
        y.compose(); // an unknown or repeated key (reported below): its value is not used
        continue;
      }
      boolean now = !done.contains(s) && ready(s, done, read);
      section(y, s, now);
      if (now) {
        read.add(s);
      }
    }
    y.take();
    endOfDocument(y);
    if (first) {
      present = met;
      var at = YamlNodes.mark(start.getStartMark());
      Fields.of(new MappingNode(Tag.MAP, true, keys, at, at, DumperOptions.FlowStyle.AUTO),
          "(file)", Section.KEYS, errors);
      Arrays.stream(Section.values()).filter(s -> !met.contains(s)).forEach(read::add);
    }
    return read;
  }

  private boolean ready(Section s, Set<Section> done, List<Section> read) {
    return s.refersTo.stream().allMatch(r -> done.contains(r) || read.contains(r)
        || present != null && !present.contains(r));
  }

  /** The section's rows, one at a time; handed over when {@code now}, else only parsed. */
  private void section(YamlNodes y, Section s, boolean now) {
    if (y.atPlainList()) {
      y.take();
      for (int i = 0; !y.at(Event.ID.SequenceEnd); i++) {
        Node item = y.compose();
        if (now) {
          rows.row(s, item, s.key + "[" + i + "]");
        }
      }
      y.take();
      return;
    }
    Node node = y.compose(); // null, an alias of a list, or a wrong shape
    if (now) {
      List<Node> items = Fields.items(node, s.key, errors);
      for (int i = 0; i < items.size(); i++) {
        rows.row(s, items.get(i), s.key + "[" + i + "]");
      }
    }
  }

  private static void endOfDocument(YamlNodes y) {
    y.take();
    if (!y.at(Event.ID.StreamEnd)) {
      throw YamlNodes.Problem.syntax(y.take().getStartMark()); // a second document
    }
  }

  private static Node placeholder(Node key) {
    return new ScalarNode(Tag.NULL, true, "", key.getStartMark(), key.getEndMark(),
        DumperOptions.ScalarStyle.PLAIN);
  }
}
