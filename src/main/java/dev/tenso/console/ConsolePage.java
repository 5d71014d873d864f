package dev.tenso.console;

import java.net.URI;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The console's page: plain HTML, JavaScript and CSS from {@code console-page/} on the classpath
 * (no build step), served at {@code /console/}; {@code /} leads there. Served only in console
 * mode: the files are not under Spring Boot's static folders.
 */
public final class ConsolePage {
  static final String PATH = "/console/";
  private static final Resource FILES = new ClassPathResource("console-page/");

  private ConsolePage() {}

  public static RouterFunction<ServerResponse> routes() {
    return RouterFunctions.route()
        .GET("/", r -> ServerResponse.status(302).location(URI.create(PATH)).build())
        .GET("/console", r -> ServerResponse.status(302).location(URI.create(PATH)).build())
        .GET(PATH, r -> ServerResponse.ok().cacheControl(CacheControl.noStore())
            .contentType(org.springframework.http.MediaType.TEXT_HTML)
            .body(new ClassPathResource("console-page/index.html")))
        .add(RouterFunctions.resources(PATH + "**", FILES))
        .build();
  }
}
