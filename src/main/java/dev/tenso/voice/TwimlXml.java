package dev.tenso.voice;

import com.twilio.twiml.Text;
import com.twilio.twiml.TwiML;
import com.twilio.twiml.VoiceResponse;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link VoiceResponse} written as {@link TwiML#toXml()} writes it, character for character,
 * straight from the SDK's elements (tag, body, attributes, options, children) into a string: the
 * SDK builds a DOM and runs a transformer over it for every answer, which was most of a routing
 * answer's own time. The attributes come out in name order, as the DOM keeps them; text escapes
 * {@code & < >}, attributes also {@code "} and the white space the transformer writes as a
 * character reference. Text with any other character the transformer treats apart (controls,
 * line separators, characters outside the BMP), or free text nodes, go to the SDK's own
 * {@code toXml()}. A test holds this to the SDK's output.
 */
final class TwimlXml {
  private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
  private static final MethodHandle BODY = element("getElementBody", String.class);
  private static final MethodHandle ATTRIBUTES = element("getElementAttributes", Map.class);

  private TwimlXml() {}

  /** The XML of {@code response}, what its {@code toXml()} returns. */
  static String of(VoiceResponse response) {
    StringBuilder out = new StringBuilder(512).append(DECLARATION);
    return write(response, out) ? out.toString() : response.toXml();
  }

  /** Writes {@code node}; false when it holds something only the SDK's own writer writes. */
  private static boolean write(TwiML node, StringBuilder out) {
    if (node instanceof Text) {
      return false;
    }
    String tag = node.getTagName();
    out.append('<').append(tag);
    Map<String, String> values = new HashMap<>(8);
    attributes(node).forEach((name, value) -> values.put(xmlName(name), value));
    values.putAll(node.getOptions()); // an option overrides an attribute, as in the SDK's DOM
    String[] names = values.keySet().toArray(new String[0]);
    Arrays.sort(names);
    for (String name : names) {
      out.append(' ').append(name).append("=\"");
      if (!escape(values.get(name), true, out)) {
        return false;
      }
      out.append('"');
    }
    String body = body(node);
    if ((body == null || body.isEmpty()) && node.getChildren().isEmpty()) {
      out.append("/>");
      return true;
    }
    out.append('>');
    if (body != null && !escape(body, false, out)) {
      return false;
    }
    for (TwiML child : node.getChildren()) {
      if (!write(child, out)) {
        return false;
      }
    }
    out.append("</").append(tag).append('>');
    return true;
  }

  /** An attribute's name in the XML: the SDK writes its Java name {@code for_} as {@code for}. */
  private static String xmlName(String name) {
    return name.equals("for_") ? "for" : name;
  }

  /** {@code s} escaped into {@code out}; false when it holds a character written apart. */
  static boolean escape(String s, boolean attribute, StringBuilder out) {
    int plain = 0;
    while (plain < s.length() && plain(s.charAt(plain))) {
      plain++;
    }
    out.append(s, 0, plain);
    for (int i = plain; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        case '\r' -> out.append("&#13;");
        default -> {
          if (c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0x2028 || Character.isSurrogate(c)
              || c >= 0xfffe) {
            return false;
          }
          out.append(c);
        }
      }
    }
    return true;
  }

  /** True for a character written as it is, in text and in attributes alike. */
  private static boolean plain(char c) {
    return c >= 0x20 && c < 0x7f && c != '&' && c != '<' && c != '>' && c != '"'
        || c >= 0xa0 && c < 0x2028 || c > 0x2028 && c < 0xd800 || c >= 0xe000 && c < 0xfffe;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> attributes(TwiML node) {
    try {
      return (Map<String, String>) ATTRIBUTES.invokeExact(node);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  private static String body(TwiML node) {
    try {
      return (String) BODY.invokeExact(node);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  /** The SDK's protected accessor {@code name} of every element (each type overrides it). */
  private static MethodHandle element(String name, Class<?> type) {
    try {
      return MethodHandles.privateLookupIn(TwiML.class, MethodHandles.lookup())
          .findVirtual(TwiML.class, name, MethodType.methodType(type));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the Twilio SDK has no " + name, e);
    }
  }
}
