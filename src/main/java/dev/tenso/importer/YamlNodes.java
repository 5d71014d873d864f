package dev.tenso.importer;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's event parser with a composer of our own, so that a file of any size is read one
 * node (one row) at a time: SnakeYAML's composer only builds a whole document. Nodes get marks
 * without SnakeYAML's text buffer (line and column only), so a row kept for later holds no
 * window of the file. Aliases are resolved to the anchored node (shared, never copied) and
 * counted: more than {@link ImportLimits#maxAliases()} aliases of a list or map are refused.
 * SnakeYAML's own limit on code points is raised to the file size limit, which is checked first.
 */
final class YamlNodes {
  private static final int MAX_DEPTH = 50;
  private static final int[] NO_TEXT = new int[0];
  private final Parser parser;
  private final Resolver resolver = new Resolver();
  private final Map<String, Node> anchors = new HashMap<>();
  private final int maxAliases;
  private int aliases;
  private int depth;

  YamlNodes(Reader in, ImportLimits limits) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes() + 1));
    this.parser = new ParserImpl(new StreamReader(in), options);
    this.maxAliases = limits.maxAliases();
  }

  boolean at(Event.ID id) {
    return parser.checkEvent(id);
  }

  Event take() {
    return parser.getEvent();
  }

  /** The next event's line (1-based), without taking it. */
  int line() {
    return parser.peekEvent().getStartMark().getLine() + 1;
  }

  /** True when the next event starts a list with no anchor: its items can be streamed. */
  boolean atPlainList() {
    return at(Event.ID.SequenceStart) && ((NodeEvent) parser.peekEvent()).getAnchor() == null;
  }

  /** Composes the next whole node (a scalar, a list, a map, or an alias's node). */
  Node compose() {
    Event e = parser.getEvent();
    if (e instanceof AliasEvent a) {
      Node n = anchors.get(a.getAnchor());
      if (n == null) {
        throw Problem.syntax(e.getStartMark());
      }
      if (n instanceof CollectionNode<?> && ++aliases > maxAliases) {
        throw new Problem(e.getStartMark(), ImportReason.TOO_MANY_ALIASES,
            Map.of("max", Integer.toString(maxAliases)));
      }
      return n;
    }
    if (++depth > MAX_DEPTH) {
      throw Problem.syntax(e.getStartMark());
    }
    Node node;
    if (e instanceof ScalarEvent s) {
      node = scalar(s);
    } else if (e instanceof CollectionStartEvent c && e.is(Event.ID.SequenceStart)) {
      List<Node> items = new ArrayList<>();
      while (!at(Event.ID.SequenceEnd)) {
        items.add(compose());
      }
      node = new SequenceNode(tag(c.getTag(), NodeId.sequence, c.getImplicit()), true, items,
          mark(e.getStartMark()), mark(parser.getEvent().getEndMark()), c.getFlowStyle());
    } else if (e instanceof CollectionStartEvent c && e.is(Event.ID.MappingStart)) {
      List<NodeTuple> tuples = new ArrayList<>();
      while (!at(Event.ID.MappingEnd)) {
        Node key = compose();
        tuples.add(new NodeTuple(key, compose()));
      }
      node = new MappingNode(tag(c.getTag(), NodeId.mapping, c.getImplicit()), true, tuples,
          mark(e.getStartMark()), mark(parser.getEvent().getEndMark()), c.getFlowStyle());
    } else {
      throw Problem.syntax(e.getStartMark());
    }
    depth--;
    String anchor = ((NodeEvent) e).getAnchor();
    if (anchor != null) {
      anchors.put(anchor, node);
    }
    return node;
  }

  private ScalarNode scalar(ScalarEvent s) {
    Tag tag = s.getTag() == null || s.getTag().equals("!")
        ? resolver.resolve(NodeId.scalar, s.getValue(), s.getImplicit().canOmitTagInPlainScalar())
        : new Tag(s.getTag());
    return new ScalarNode(tag, true, s.getValue(), mark(s.getStartMark()), mark(s.getEndMark()),
        s.getScalarStyle());
  }

  private Tag tag(String tag, NodeId id, boolean implicit) {
    return tag == null || tag.equals("!") ? resolver.resolve(id, null, implicit) : new Tag(tag);
  }

  /** The mark's line and column only: no reference to the text it was read from. */
  static Mark mark(Mark m) {
    return new Mark("", 0, m.getLine(), m.getColumn(), NO_TEXT, 0);
  }

  /** A problem of the YAML itself at a place of the file, reported as its one error. */
  static final class Problem extends YAMLException {
    private final transient ImportError error;

    Problem(Mark at, ImportReason reason, Map<String, String> params) {
      super(reason.name());
      this.error = new ImportError(at.getLine() + 1, "(file)", reason.name(), params);
    }

    /**
     * Malformed YAML at {@code at} (unknown: line 1, column 1): told by line and column only,
     * never in SnakeYAML's words, which may quote the file.
     */
    static Problem syntax(Mark at) {
      Mark m = at != null ? at : new Mark("", 0, 0, 0, NO_TEXT, 0);
      return new Problem(m, ImportReason.YAML_SYNTAX,
          Map.of("column", Integer.toString(m.getColumn() + 1)));
    }

    ImportError error() {
      return error;
    }
  }
}
