package dev.tenso.parity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the parity table both channels run ({@code src/test/resources/parity/forwarding-rules.yaml};
 * its organisation is {@link #ORGANISATION}), the one reader of it. {@link ParityTest} turns each
 * row into a {@code /forward} command (Slack's half) and into keypad presses (the phone's half),
 * and asserts that both give the row's answer.
 */
public final class ParityTable {
  public static final String RULES = "parity/forwarding-rules.yaml";
  public static final String ORGANISATION = "parity/organisation.yaml";
  /** The acting user of every row (a TOTP user of the organisation, signed in first). */
  public static final String ACTING_USER = "taro@example.com";

  private ParityTable() {}

  /**
   * The row's keys as written: YAML 1.1 reads a bare {@code on} / {@code off} key as a boolean,
   * so those come back as the words they were.
   */
  private static Map<String, Object> keys(Map<Object, Object> raw) {
    Map<String, Object> out = new java.util.HashMap<>();
    raw.forEach((k, v) -> out.put(Boolean.TRUE.equals(k) ? "on"
        : Boolean.FALSE.equals(k) ? "off" : String.valueOf(k), v));
    return out;
  }

  /** Every row, in the file's order. */
  @SuppressWarnings("unchecked")
  public static List<ParityCase> cases() {
    try (InputStream in = ParityTable.class.getClassLoader().getResourceAsStream(RULES)) {
      if (in == null) {
        throw new IllegalStateException(RULES + " is not on the test classpath");
      }
      Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      List<ParityCase> out = new ArrayList<>();
      for (Map<String, Object> row : (List<Map<String, Object>>) root.get("cases")) {
        Map<String, Object> d = keys((Map<Object, Object>) row.get("do"));
        Object id = row.get("id");
        out.add(new ParityCase(Boolean.TRUE.equals(id) ? "on" : Boolean.FALSE.equals(id) ? "off"
            : String.valueOf(id), String.valueOf(row.get("number")),
            new ParityCase.Action(d.containsKey("on") ? String.valueOf(d.get("on")) : null,
                d.containsKey("slot") ? ((Number) d.get("slot")).intValue() : null,
                Boolean.TRUE.equals(d.get("voicemail")),
                d.containsKey("mode") ? String.valueOf(d.get("mode")) : null,
                d.containsKey("ring") ? ((Number) d.get("ring")).intValue() : null,
                Boolean.TRUE.equals(d.get("off"))),
            String.valueOf(row.get("expect")),
            Optional.ofNullable((String) row.get("only"))));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
