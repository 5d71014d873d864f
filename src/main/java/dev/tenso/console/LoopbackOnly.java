package dev.tenso.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The console lets anyone act as any user, so it answers only this machine: a request whose
 * remote address is not a loopback address, or that a proxy forwarded (a proxy on the same
 * machine connects from loopback for anyone), gets 403 and runs nothing, unless the operator
 * allowed remote use ({@code tenso.console.allow-remote}).
 */
public final class LoopbackOnly extends OncePerRequestFilter {
  private static final Logger log = LoggerFactory.getLogger(LoopbackOnly.class);
  private static final List<String> PROXY_HEADERS =
      List.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Real-IP");

  private final boolean allowRemote;
  private final String refusal;

  /** @param refusal the text of the 403 answer (both languages) */
  public LoopbackOnly(boolean allowRemote, String refusal) {
    this.allowRemote = allowRemote;
    this.refusal = refusal;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (allowRemote || (loopback(request.getRemoteAddr()) && !proxied(request))) {
      chain.doFilter(request, response);
      return;
    }
    log.warn("console: refused a request to {} from {} (loopback only; "
        + "tenso.console.allow-remote)", request.getRequestURI(), request.getRemoteAddr());
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("text/plain;charset=UTF-8");
    response.getOutputStream().write(refusal.getBytes(StandardCharsets.UTF_8));
  }

  static boolean loopback(String address) {
    if (address == null || !address.matches("[0-9A-Fa-f:.%]+")) {
      return false; // a literal IP only: never a name to look up
    }
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static boolean proxied(HttpServletRequest request) {
    return PROXY_HEADERS.stream().anyMatch(h -> request.getHeader(h) != null);
  }
}
