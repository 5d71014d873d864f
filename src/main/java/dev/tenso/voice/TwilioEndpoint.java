package dev.tenso.voice;

import com.twilio.security.RequestValidator;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /twilio/*}, answered first thing: a request gets in only when its
 * {@code X-Twilio-Signature} is Twilio's signature (HMAC-SHA1 with the auth token, checked by the
 * SDK's {@link RequestValidator}) of the public URL ({@code TENSO_PUBLIC_URL} + path + query,
 * never the URL seen behind a proxy) and the form parameters of the body; anything else gets 403
 * and runs nothing. A signed POST to one of the channel's webhooks is answered here by the
 * {@link PhoneChannel}: the rest of the application's filter chain (HTTP metrics, request
 * context, the dispatcher servlet) gives it nothing, and every call waits for these answers.
 * Anything else signed goes on down the chain (to a 404).
 */
public final class TwilioEndpoint extends HttpFilter {
  static final String HEADER = "X-Twilio-Signature";
  private static final Logger log = LoggerFactory.getLogger(TwilioEndpoint.class);

  private final transient RequestValidator validator;
  private final String publicUrl;
  private final transient PhoneChannel channel;

  /** @param publicUrl the base URL Twilio calls, without a trailing slash */
  public TwilioEndpoint(String authToken, String publicUrl, PhoneChannel channel) {
    this.validator = new RequestValidator(authToken);
    this.publicUrl = publicUrl;
    this.channel = channel;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (request.getCharacterEncoding() == null) {
      request.setCharacterEncoding(StandardCharsets.UTF_8.name()); // Twilio sends UTF-8
    }
    String signature = request.getHeader(HEADER);
    String url = publicUrl + request.getRequestURI()
        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    if (signature == null || signature.isBlank()
        || !validator.validate(url, bodyParams(request), signature)) {
      log.warn("refused a request to {}: missing or wrong {}", request.getRequestURI(), HEADER);
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!"POST".equals(request.getMethod()) || !PhoneChannel.answers(path)) {
      chain.doFilter(request, response);
      return;
    }
    PhoneChannel.Answer answer = channel.answer(path, request::getParameter);
    response.setStatus(answer.status());
    if (answer.twiml() != null) {
      byte[] body = answer.twiml().getBytes(StandardCharsets.UTF_8);
      response.setContentType("text/xml;charset=UTF-8");
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }
  }

  /**
   * The form parameters of the body: the servlet merges query and body parameters, so the
   * query's own values are taken out again (Twilio signs the query as part of the URL).
   */
  static Map<String, String> bodyParams(HttpServletRequest request) {
    Map<String, List<String>> query = parseQuery(request.getQueryString());
    Map<String, String> out = new HashMap<>();
    request.getParameterMap().forEach((name, values) -> {
      List<String> rest = new ArrayList<>(Arrays.asList(values));
      query.getOrDefault(name, List.of()).forEach(rest::remove);
      if (!rest.isEmpty()) {
        out.put(name, rest.get(0));
      }
    });
    return out;
  }

  private static Map<String, List<String>> parseQuery(String query) {
    Map<String, List<String>> out = new HashMap<>();
    if (query == null || query.isEmpty()) {
      return out;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
