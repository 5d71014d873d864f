package dev.tenso.slack;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * Before Bolt: a request without a signature, or whose timestamp is more than 5 minutes off in
 * either direction, gets 401 and nothing runs. Bolt checks the signature itself but lets a
 * timestamp from the future through; this closes that gap (and a replayed request's window).
 */
public final class SlackRequestGuard extends HttpFilter {
  static final Duration WINDOW = Duration.ofMinutes(5);
  static final String TIMESTAMP = "X-Slack-Request-Timestamp";
  static final String SIGNATURE = "X-Slack-Signature";

  private final transient Clock clock;

  public SlackRequestGuard(Clock clock) {
    this.clock = clock;
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!acceptable(req.getHeader(TIMESTAMP), req.getHeader(SIGNATURE), clock.instant()
        .getEpochSecond())) {
      res.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    chain.doFilter(req, res);
  }

  static boolean acceptable(String timestamp, String signature, long nowSeconds) {
    if (signature == null || signature.isBlank() || timestamp == null
        || !timestamp.matches("[0-9]{1,12}")) {
      return false;
    }
    return Math.abs(nowSeconds - Long.parseLong(timestamp)) <= WINDOW.toSeconds();
  }
}
