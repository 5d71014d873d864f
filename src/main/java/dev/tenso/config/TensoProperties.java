package dev.tenso.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tenso.*} settings of the process itself.
 *
 * @param dataDir where tenso keeps its files: the embedded Redis's data and AOF, the generated
 *     encryption key
 */
@ConfigurationProperties("tenso")
public record TensoProperties(@DefaultValue("./data") Path dataDir) {}
