package dev.tenso.slack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * One conversation transcript of {@code conversations/transcripts/*.yaml} (packaged as test
 * resources under {@code transcripts/}, not in the message catalog): its title, the
 * organisation to load, the Slack users ({@code users.info}'s answers) and the steps. See
 * {@code conversations/transcripts/README.md} for the format.
 */
record Transcript(String file, String title, String organisation,
    Map<String, Map<String, Object>> slackUsers, List<Map<String, Object>> steps) {

  static List<Transcript> all() {
    var resolver = new PathMatchingResourcePatternResolver(Transcript.class.getClassLoader());
    List<Transcript> out = new ArrayList<>();
    try {
      for (Resource r : resolver.getResources("classpath*:transcripts/*.yaml")) {
        try (InputStream in = r.getInputStream()) {
          out.add(parse(r.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.sort(java.util.Comparator.comparing(Transcript::file));
    return out;
  }

  @SuppressWarnings("unchecked")
  static Transcript parse(String file, String text) {
    Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    Map<String, Map<String, Object>> users = new LinkedHashMap<>();
    Object slack = root.get("slack");
    if (slack instanceof Map<?, ?> m) {
      m.forEach((k, v) -> users.put(String.valueOf(k), (Map<String, Object>) v));
    }
    return new Transcript(file, String.valueOf(root.getOrDefault("title", file)),
        String.valueOf(root.getOrDefault("organisation", "it/organisation.yaml")), users,
        (List<Map<String, Object>>) root.get("steps"));
  }

  @Override
  public String toString() {
    return file + ": " + title;
  }
}
