package dev.tenso.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where an import file is: {@code classpath:demo/organisation.yaml} or a file path. The file is
 * read as a stream ({@link #open}), as often as the parser needs, never whole into memory.
 */
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

  /** True when there is such a file or resource. */
  boolean exists() {
    if (file.isPresent()) {
      return Files.isRegularFile(file.get());
    }
    try (InputStream in = resource()) {
      return in != null;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The file's text, decoded as strict UTF-8 line by line.
   *
   * @throws FileProblem when the file is larger than {@code limits} allow (told before reading
   *     when the size is known), or, while reading, when a line is not UTF-8
   * @throws IOException when it cannot be read
   */
  Reader open(ImportLimits limits) throws IOException {
    InputStream in;
    if (file.isPresent()) {
      if (Files.size(file.get()) > limits.maxBytes()) {
        throw Utf8Reader.tooLarge(limits.maxBytes());
      }
      in = Files.newInputStream(file.get());
    } else {
      in = resource();
      if (in == null) {
        throw new java.io.FileNotFoundException(location);
      }
    }
    return new Utf8Reader(in, limits.maxBytes());
  }

  private InputStream resource() {
    String resource = location.substring(CLASSPATH.length()).replaceFirst("^/", "");
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return (loader != null ? loader : ImportSource.class.getClassLoader())
        .getResourceAsStream(resource);
  }

  @Override
  public String toString() {
    return location;
  }
}
