package dev.tenso.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * One call transcript of {@code ivr-scripts/transcripts/}: who calls, and the steps in order,
 * each a map with one verb (see that folder's README): {@code hear}, {@code notHear},
 * {@code press}, {@code silence}, {@code ended}, {@code xpath}, {@code stored}, {@code retry},
 * {@code call}, {@code disable}, {@code idle}.
 */
record Transcript(String file, String name, String from, List<Map<String, Object>> steps) {
  static final Path FOLDER = Path.of("ivr-scripts", "transcripts");

  static List<Transcript> all() {
    try (Stream<Path> files = Files.list(FOLDER)) {
      List<Transcript> out = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        out.add(read(f));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Transcript read(Path file) throws IOException {
    Map<String, Object> root = new Yaml().load(Files.readString(file));
    List<Map<String, Object>> steps = new ArrayList<>();
    for (Object step : (List<Object>) root.get("steps")) {
      steps.add(step instanceof Map<?, ?> m ? (Map<String, Object>) m
          : Map.of(String.valueOf(step), true));
    }
    return new Transcript(file.getFileName().toString(), String.valueOf(root.get("name")),
        String.valueOf(root.get("from")), steps);
  }
}
