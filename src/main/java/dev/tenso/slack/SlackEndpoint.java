package dev.tenso.slack;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * {@code POST /slack/events}, answered first thing: a request without a signature, or whose
 * timestamp is more than 5 minutes off in either direction, gets 401 and nothing runs (Bolt
 * checks the signature itself but lets a timestamp from the future through); any other goes
 * straight to Bolt's servlet. The rest of the application's filter chain (request context,
 * HTTP metrics, form parsing) gives Bolt nothing and is not run for Slack's requests: they must
 * be answered within 3 s, whatever else the server does.
 */
public final class SlackEndpoint extends HttpFilter {
  static final Duration WINDOW = Duration.ofMinutes(5);
  static final String TIMESTAMP = "X-Slack-Request-Timestamp";
  static final String SIGNATURE = "X-Slack-Signature";
  private static final Pattern SECONDS = Pattern.compile("[0-9]{1,12}");

  private final transient Clock clock;
  private final transient HttpServlet bolt;

  /** @param bolt Bolt's {@code SlackAppServlet} for the app */
  public SlackEndpoint(Clock clock, HttpServlet bolt) {
    this.clock = clock;
    this.bolt = bolt;
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!acceptable(req.getHeader(TIMESTAMP), req.getHeader(SIGNATURE), clock.instant()
        .getEpochSecond())) {
      res.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    if (req.getCharacterEncoding() == null) {
      req.setCharacterEncoding(StandardCharsets.UTF_8.name()); // Slack sends UTF-8
    }
    bolt.service(req, res);
  }

  static boolean acceptable(String timestamp, String signature, long nowSeconds) {
    if (signature == null || signature.isBlank() || timestamp == null
        || !SECONDS.matcher(timestamp).matches()) {
      return false;
    }
    return Math.abs(nowSeconds - Long.parseLong(timestamp)) <= WINDOW.toSeconds();
  }
}
