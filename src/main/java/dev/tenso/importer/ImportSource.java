package dev.tenso.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where an import file is: {@code classpath:demo/organisation.yaml} or a file path. */
record ImportSource(String location, Optional<Path> file) {
  private static final String CLASSPATH = "classpath:";

  static ImportSource of(String location) {
    String l = location.strip();
    if (l.startsWith(CLASSPATH)) {
      return new ImportSource(l, Optional.empty());
    }
    Path p = Path.of(l.startsWith("file:") ? l.substring("file:".length()) : l);
    return new ImportSource(p.toAbsolutePath().normalize().toString(), Optional.of(p));
  }

  /** The file's text, or empty when there is no such file or resource. */
  Optional<String> read() throws IOException {
    if (file.isPresent()) {
      Path p = file.get();
      return Files.isRegularFile(p)
          ? Optional.of(Files.readString(p, StandardCharsets.UTF_8)) : Optional.empty();
    }
    String resource = location.substring(CLASSPATH.length()).replaceFirst("^/", "");
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in = (loader != null ? loader : ImportSource.class.getClassLoader())
        .getResourceAsStream(resource)) {
      return in == null ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Override
  public String toString() {
    return location;
  }
}
