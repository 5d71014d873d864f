package dev.tenso.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;
import java.util.function.Function;

/**
 * What Slack sends for a transcript's step, as JSON: a button or a select, a view submitted with
 * some values changed (the others as the view showed them), an event.
 */
final class SlackPayloads {
  private SlackPayloads() {}

  /** A button or a select (block_actions), in a message, the App Home or the last view. */
  static JsonObject blockActions(String user, int step, Map<String, Object> c,
      String responseUrl, JsonObject lastView, Function<String, String> buttonValue) {
    JsonObject p = new JsonObject();
    p.addProperty("type", "block_actions");
    p.add("user", user(user));
    p.add("team", obj("id", "T0001"));
    p.addProperty("api_app_id", "A0001");
    p.addProperty("trigger_id", "trig-" + step);
    boolean home = Boolean.TRUE.equals(c.get("home"));
    boolean inView = Boolean.TRUE.equals(c.get("inView"));
    if (home) {
      p.add("container", obj("type", "view"));
      JsonObject view = obj("type", "home");
      view.addProperty("id", "VHOME");
      p.add("view", view);
    } else if (inView) {
      p.add("container", obj("type", "view"));
      p.add("view", lastView.deepCopy());
    } else {
      p.add("container", obj("type", "message"));
      p.addProperty("response_url", responseUrl);
      p.add("channel", obj("id", "C0001"));
    }
    JsonObject action = new JsonObject();
    action.addProperty("action_id", String.valueOf(c.get("action")));
    action.addProperty("block_id", String.valueOf(c.getOrDefault("block", "b")));
    action.addProperty("type", c.containsKey("selected") ? "static_select" : "button");
    if (c.containsKey("value")) {
      action.addProperty("value", String.valueOf(c.get("value")));
    } else if (!c.containsKey("selected")) {
      action.addProperty("value", buttonValue.apply(String.valueOf(c.get("action"))));
    }
    if (c.containsKey("selected")) {
      action.add("selected_option", obj("value", String.valueOf(c.get("selected"))));
    }
    action.addProperty("action_ts", "1.1");
    JsonArray actions = new JsonArray();
    actions.add(action);
    p.add("actions", actions);
    return p;
  }

  /** The view submitted (view_submission) with the values given, the others as shown. */
  static JsonObject viewSubmission(String user, JsonObject lastView, Map<String, String> given) {
    JsonObject view = lastView.deepCopy();
    view.addProperty("id", "V0001");
    JsonObject values = new JsonObject();
    for (JsonElement b : view.getAsJsonArray("blocks")) {
      JsonObject block = b.getAsJsonObject();
      if (!"input".equals(block.get("type").getAsString())) {
        continue;
      }
      String id = block.get("block_id").getAsString();
      JsonObject element = block.getAsJsonObject("element");
      String type = element.get("type").getAsString();
      JsonObject value = new JsonObject();
      value.addProperty("type", type);
      String chosen = given.containsKey(id) ? given.get(id) : initial(element);
      if (type.equals("multi_static_select")) {
        JsonArray options = new JsonArray();
        if (chosen != null && !chosen.isEmpty()) {
          for (String one : chosen.split(",")) {
            options.add(obj("value", one.strip()));
          }
        }
        value.add("selected_options", options);
      } else if (type.equals("plain_text_input")) {
        value.addProperty("value", chosen);
      } else {
        value.add("selected_option", chosen == null ? null : obj("value", chosen));
      }
      JsonObject action = new JsonObject();
      action.add(element.get("action_id").getAsString(), value);
      values.add(id, action);
    }
    JsonObject state = new JsonObject();
    state.add("values", values);
    view.add("state", state);
    JsonObject p = new JsonObject();
    p.addProperty("type", "view_submission");
    p.add("user", user(user));
    p.add("team", obj("id", "T0001"));
    p.addProperty("api_app_id", "A0001");
    p.add("view", view);
    return p;
  }

  private static String initial(JsonObject element) {
    if (element.has("initial_value")) {
      return element.get("initial_value").getAsString();
    }
    if (element.has("initial_option")) {
      return element.getAsJsonObject("initial_option").get("value").getAsString();
    }
    return null;
  }

  /** An event of the Events API (event_callback), by default {@code app_home_opened}. */
  static JsonObject eventCallback(String user, int step, Map<String, Object> e) {
    JsonObject inner = new JsonObject();
    inner.addProperty("type", String.valueOf(e.getOrDefault("type", "app_home_opened")));
    inner.addProperty("user", user);
    inner.addProperty("channel", "D0001");
    inner.addProperty("tab", "home");
    inner.addProperty("event_ts", "1.1");
    JsonObject p = new JsonObject();
    p.addProperty("token", "unused");
    p.addProperty("team_id", "T0001");
    p.addProperty("api_app_id", "A0001");
    p.add("event", inner);
    p.addProperty("type", "event_callback");
    p.addProperty("event_id", String.valueOf(e.getOrDefault("id", "Ev" + step)));
    p.addProperty("event_time", System.currentTimeMillis() / 1000);
    return p;
  }

  static JsonObject user(String user) {
    JsonObject u = obj("id", user);
    u.addProperty("username", user.toLowerCase());
    u.addProperty("team_id", "T0001");
    return u;
  }

  static JsonObject obj(String key, String value) {
    JsonObject o = new JsonObject();
    o.addProperty(key, value);
    return o;
  }
}
