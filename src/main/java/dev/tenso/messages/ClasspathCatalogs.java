package dev.tenso.messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Adapter: lists every {@code .yaml}/{@code .yml} file under a classpath folder (the pom packages
 * {@code conversations/} and {@code ivr-scripts/} at the classpath root) and builds its
 * {@link MessageCatalog}, except {@code flows/} and {@code transcripts/} (not messages). A folder
 * of the same name nested inside is not supported.
 */
public final class ClasspathCatalogs {
  public static final String CHAT = "conversations";
  public static final String SPOKEN = "ivr-scripts";
  /** Subfolders that hold data other than messages: dialog flows, transcripts (tests). */
  static final java.util.List<String> NOT_MESSAGES = java.util.List.of("flows/", "transcripts/");

  private ClasspathCatalogs() {}

  /** Both catalogs, from the classpath. */
  public static Catalogs load() {
    return new Catalogs(load(CHAT), load(SPOKEN));
  }

  public static MessageCatalog load(String folder) {
    return MessageCatalog.fromYaml(read(folder));
  }

  /** Every YAML file of {@code folder}: its path inside the folder to its text. */
  public static Map<String, String> read(String folder) {
    var resolver = new PathMatchingResourcePatternResolver(ClasspathCatalogs.class.getClassLoader());
    Map<String, String> files = new LinkedHashMap<>();
    try {
      for (String ext : new String[] {"yaml", "yml"}) {
        for (Resource r : resolver.getResources("classpath*:" + folder + "/**/*." + ext)) {
          String url = r.getURL().toString();
          String relative = url.substring(url.lastIndexOf("/" + folder + "/") + folder.length() + 2);
          if (NOT_MESSAGES.stream().anyMatch(relative::startsWith)) {
            continue;
          }
          try (InputStream in = r.getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (files.putIfAbsent(relative, text) != null) {
              throw new IllegalStateException(folder + "/" + relative + " is on the classpath twice");
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the " + folder + " catalog", e);
    }
    return files;
  }
}
