package dev.tenso.voice;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * One call as Twilio runs it: the verbs of each TwiML answer in order. {@code <Say>} is heard,
 * {@code <Pause>} skipped, {@code <Redirect>} followed (POST), {@code <Hangup>} (or running out
 * of verbs) ends the call; the call waits at {@code <Gather>} for keys, at {@code <Dial>} for its
 * outcome and at {@code <Record>} for a message. Keys are cut as Twilio cuts them: at
 * {@code finishOnKey} ({@code #} when absent, none when empty; the key itself is not sent) or
 * when {@code numDigits} keys are in; no key before the timeout means no input, and Twilio goes on
 * to the verb after the {@code <Gather>}.
 */
final class Call {
  private final TwilioStandIn twilio;
  private final Map<String, String> params = new LinkedHashMap<>();
  private final List<String> heard = new ArrayList<>();
  private Document twiml;
  private String lastUrl;
  private Map<String, String> lastParams;
  private String lastBody;
  private Element waitingAt;
  private boolean ended;

  Call(TwilioStandIn twilio, String path, String from, String to) {
    this.twilio = twilio;
    params.put("AccountSid", "AC00000000000000000000000000000000");
    params.put("CallSid", "CA" + UUID.randomUUID().toString().replace("-", ""));
    params.put("From", from);
    params.put("To", to);
    params.put("Direction", "inbound");
    params.put("CallStatus", "in-progress");
    answer(path, Map.of());
  }

  String sid() {
    return params.get("CallSid");
  }

  /** Posts to {@code url} with the call's parameters and {@code extra}, and runs the answer. */
  void answer(String url, Map<String, String> extra) {
    Map<String, String> p = new LinkedHashMap<>(params);
    p.putAll(extra);
    TwilioStandIn.Answer a = twilio.post(url, p);
    lastUrl = url;
    lastParams = p;
    lastBody = a.body();
    twiml = a.twiml();
    run(twiml.getDocumentElement().getChildNodes(), 0);
  }

  private void run(NodeList verbs, int from) {
    for (int i = from; i < verbs.getLength(); i++) {
      if (!(verbs.item(i) instanceof Element verb)) {
        continue;
      }
      switch (verb.getTagName()) {
        case "Say" -> heard.add(verb.getTextContent());
        case "Pause" -> { }
        case "Hangup", "Reject" -> {
          ended = true;
          return;
        }
        case "Redirect" -> {
          answer(verb.getTextContent().strip(), Map.of());
          return;
        }
        case "Gather" -> {
          for (Node n = verb.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals("Say")) {
              heard.add(e.getTextContent());
            }
          }
          waitingAt = verb;
          return;
        }
        case "Dial", "Record" -> {
          waitingAt = verb;
          return;
        }
        default -> throw new AssertionError("the stand-in does not know <" + verb.getTagName()
            + ">");
      }
    }
    ended = true; // no verb left: Twilio hangs up
  }

  /** The caller presses {@code keys} at a {@code <Gather>}, then stops (the timeout runs out). */
  void press(String keys) {
    Element gather = waiting("Gather");
    String finish = gather.hasAttribute("finishOnKey") ? gather.getAttribute("finishOnKey") : "#";
    int max = gather.hasAttribute("numDigits")
        ? Integer.parseInt(gather.getAttribute("numDigits")) : Integer.MAX_VALUE;
    StringBuilder digits = new StringBuilder();
    int used = 0;
    while (used < keys.length() && digits.length() < max) {
      char k = keys.charAt(used++);
      if (!finish.isEmpty() && finish.indexOf(k) >= 0) {
        break;
      }
      digits.append(k);
    }
    if (used < keys.length()) {
      throw new AssertionError("Twilio would have cut \"" + keys + "\" after \""
          + keys.substring(0, used) + "\"; \"" + keys.substring(used) + "\" would be lost");
    }
    continueAfter(gather, digits.toString());
  }

  /** The caller presses nothing: the {@code <Gather>} times out. */
  void silence() {
    continueAfter(waiting("Gather"), "");
  }

  private void continueAfter(Element gather, String digits) {
    heard.clear();
    waitingAt = null;
    if (digits.isEmpty()) {
      run(gather.getParentNode().getChildNodes(), indexOf(gather) + 1);
    } else {
      answer(gather.getAttribute("action"), Map.of("Digits", digits));
    }
  }

  /** The {@code <Dial>} ends with {@code status} (completed, busy, no-answer, failed, ...). */
  void dialEnds(String status) {
    Element dial = waiting("Dial");
    heard.clear();
    waitingAt = null;
    if (dial.hasAttribute("action")) {
      answer(dial.getAttribute("action"), Map.of("DialCallStatus", status));
    } else {
      run(dial.getParentNode().getChildNodes(), indexOf(dial) + 1);
    }
  }

  /**
   * The caller speaks a message of {@code seconds}, begun at {@code started}, at the
   * {@code <Record>} and hangs up; Twilio then posts the recording's status with its start time
   * (RFC 2822, as Twilio writes it).
   */
  void leaveMessage(String recordingSid, int seconds, Instant started) {
    Element record = waiting("Record");
    String url = "https://api.twilio.com/2010-04-01/Accounts/AC0/Recordings/" + recordingSid;
    Map<String, String> rec = Map.of("RecordingSid", recordingSid, "RecordingUrl", url,
        "RecordingDuration", Integer.toString(seconds), "RecordingStatus", "completed");
    heard.clear();
    waitingAt = null;
    answer(record.getAttribute("action"), rec);
    Map<String, String> callback = new LinkedHashMap<>(TwilioStandIn.params(
        "AccountSid", params.get("AccountSid"), "CallSid", sid(), "RecordingStartTime",
        DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH)
            .format(started.atZone(ZoneOffset.UTC))));
    callback.putAll(rec);
    var status = twilio.post(record.getAttribute("recordingStatusCallback"), callback).status();
    if (status >= 300) {
      throw new AssertionError("recordingStatusCallback answered " + status);
    }
  }

  /**
   * Twilio posts the last request again (it did not get the answer in time): true when the answer
   * is exactly the same TwiML. The call goes on from the first answer.
   */
  boolean retryLast() {
    return twilio.post(lastUrl, lastParams).body().equals(lastBody);
  }

  /** Everything said since the last input, in order, as one text. */
  String heard() {
    return String.join(" ", heard);
  }

  boolean ended() {
    return ended;
  }

  /** The verb the call waits at (Gather, Dial, Record), or null. */
  Element waitingAt() {
    return waitingAt;
  }

  /** XPath on the last TwiML answer. */
  String xpath(String expression) {
    try {
      return (String) XPathFactory.newInstance().newXPath()
          .evaluate(expression, twiml, XPathConstants.STRING);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  Document twiml() {
    return twiml;
  }

  private Element waiting(String verb) {
    if (ended || waitingAt == null || !waitingAt.getTagName().equals(verb)) {
      throw new AssertionError("the call is not at a <" + verb + "> (heard: " + heard() + ")");
    }
    return waitingAt;
  }

  private static int indexOf(Element e) {
    NodeList siblings = e.getParentNode().getChildNodes();
    for (int i = 0; i < siblings.getLength(); i++) {
      if (siblings.item(i) == e) {
        return i;
      }
    }
    throw new IllegalStateException();
  }
}
