package dev.tenso.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;

/** The texts a person would read in a Slack JSON (a message, a view, an ack), in order. */
final class ReadableTexts {
  private ReadableTexts() {}

  static String of(String json) {
    if (json == null || json.isBlank()) {
      return "";
    }
    try {
      List<String> out = new ArrayList<>();
      collect(JsonParser.parseString(json), out);
      return unescape(String.join("\n", out));
    } catch (RuntimeException e) {
      return unescape(json);
    }
  }

  /** Every string of the JSON, keys left out. */
  private static void collect(JsonElement e, List<String> out) {
    if (e.isJsonObject()) {
      JsonObject o = e.getAsJsonObject();
      o.entrySet().forEach(entry -> collect(entry.getValue(), out));
    } else if (e.isJsonArray()) {
      JsonArray a = e.getAsJsonArray();
      a.forEach(x -> collect(x, out));
    } else if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
      out.add(e.getAsString());
    }
  }

  static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
