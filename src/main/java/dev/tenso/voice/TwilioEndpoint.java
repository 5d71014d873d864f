package dev.tenso.voice;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /twilio/*}, answered first thing: a request gets in only when its
 * {@code X-Twilio-Signature} is Twilio's signature ({@link TwilioSignature}) of the public URL
 * ({@code TENSO_PUBLIC_URL} + path + query, never the URL seen behind a proxy) and the form
 * parameters of the body; anything else gets 403 and runs nothing. The form is read once
 * ({@link WebhookForm}) for both the signature and the answer. A signed POST to one of the
 * channel's webhooks is answered here by the {@link PhoneChannel}: the rest of the application's
 * filter chain (HTTP metrics, request context, the dispatcher servlet) gives it nothing, and every
 * call waits for these answers. Anything else signed goes on down the chain (to a 404).
 */
public final class TwilioEndpoint extends HttpFilter {
  static final String HEADER = "X-Twilio-Signature";
  /** The largest form read, as the servlet container's default {@code maxPostSize}. */
  static final int MAX_FORM_BYTES = 2 * 1024 * 1024;
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final Logger log = LoggerFactory.getLogger(TwilioEndpoint.class);

  private final transient TwilioSignature signature;
  private final String publicUrl;
  private final transient PhoneChannel channel;

  /** @param publicUrl the base URL Twilio calls, without a trailing slash */
  public TwilioEndpoint(String authToken, String publicUrl, PhoneChannel channel) {
    this.signature = new TwilioSignature(authToken);
    this.publicUrl = publicUrl;
    this.channel = channel;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String signed = request.getHeader(HEADER);
    String query = request.getQueryString();
    String url = publicUrl + request.getRequestURI() + (query == null ? "" : "?" + query);
    Optional<WebhookForm> form = signed == null || signed.isBlank() ? Optional.empty()
        : form(request, query);
    if (form.isEmpty() || !signature.valid(url, form.get().body(), signed)) {
      log.warn("refused a request to {}: missing or wrong {}", request.getRequestURI(), HEADER);
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!"POST".equals(request.getMethod()) || !PhoneChannel.answers(path)) {
      chain.doFilter(request, response);
      return;
    }
    PhoneChannel.Answer answer = channel.answer(path, form.get()::param);
    response.setStatus(answer.status());
    if (answer.twiml() != null) {
      byte[] body = answer.twiml().getBytes(StandardCharsets.UTF_8);
      response.setContentType("text/xml;charset=UTF-8");
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }
  }

  /**
   * The request's form: the body's parameters when it is a form POSTed (in the charset its
   * content type names, else UTF-8, which Twilio sends), and the query's; empty when the body is
   * larger than {@link #MAX_FORM_BYTES} or either cannot be decoded.
   */
  static Optional<WebhookForm> form(HttpServletRequest request, String query)
      throws IOException {
    String type = request.getContentType();
    if (!"POST".equals(request.getMethod()) || type == null
        || !type.regionMatches(true, 0, FORM, 0, FORM.length())) {
      return WebhookForm.of(new byte[0], StandardCharsets.UTF_8, query);
    }
    Optional<Charset> charset = charset(type);
    int length = request.getContentLength();
    if (charset.isEmpty() || length > MAX_FORM_BYTES) {
      return Optional.empty();
    }
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = length >= 0 ? in.readNBytes(length) : in.readNBytes(MAX_FORM_BYTES + 1);
    }
    return body.length > MAX_FORM_BYTES ? Optional.empty()
        : WebhookForm.of(body, charset.get(), query);
  }

  /** The charset a content type names, UTF-8 when it names none; empty when it is unknown. */
  static Optional<Charset> charset(String contentType) {
    int at = contentType.indexOf(';') < 0 ? -1
        : contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
    if (at < 0) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    String name = contentType.substring(at + "charset=".length()).split(";", 2)[0].strip();
    if (name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")) {
      name = name.substring(1, name.length() - 1);
    }
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
