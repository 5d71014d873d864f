package dev.tenso.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What Slack would show each console user: the Web API calls Bolt made for them and the answers
 * sent to their response URLs, in order (the latest {@value #KEEP} per user), the files uploaded
 * (the TOTP QR code), and who is who: each console user's Slack user id is made from their email,
 * and the stand-in answers {@code users.info} with that email. Kept in memory: a demo's worth.
 */
public final class SlackLog {
  static final int KEEP = 300;
  private static final int FILES = 50;

  private final AtomicLong seq = new AtomicLong();
  private final Map<String, Deque<Entry>> byUser = new ConcurrentHashMap<>();
  private final Map<String, String> emails = new ConcurrentHashMap<>();
  private final Map<String, String> viewOwners = new ConcurrentHashMap<>();
  private final Map<String, byte[]> files = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
          return size() > FILES;
        }
      });

  /** One thing Slack would show: a Web API method (or {@code respond}) and its parameters. */
  public record Entry(long seq, String method, Map<String, String> params) {}

  /** The Slack user id of a console user (the same every time), now known to the stand-in. */
  public String slackIdOf(String email) {
    String key = email.strip().toLowerCase(Locale.ROOT);
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      String id = "U" + HexFormat.of().withUpperCase().formatHex(hash, 0, 5);
      emails.put(id, key);
      return id;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  Optional<String> emailOf(String slackId) {
    return Optional.ofNullable(emails.get(slackId));
  }

  void add(String slackId, String method, Map<String, String> params) {
    Deque<Entry> list = byUser.computeIfAbsent(slackId, k -> new ArrayDeque<>());
    synchronized (list) {
      list.addLast(new Entry(seq.incrementAndGet(), method, Map.copyOf(params)));
      while (list.size() > KEEP) {
        list.removeFirst();
      }
    }
  }

  /** A user's entries after {@code after}, oldest first. */
  public List<Entry> after(String slackId, long after) {
    Deque<Entry> list = byUser.getOrDefault(slackId, new ArrayDeque<>());
    synchronized (list) {
      return new ArrayList<>(list.stream().filter(e -> e.seq() > after).toList());
    }
  }

  void ownView(String viewId, String slackId) {
    viewOwners.put(viewId, slackId);
  }

  Optional<String> viewOwner(String viewId) {
    return Optional.ofNullable(viewOwners.get(viewId));
  }

  void file(String id, byte[] data) {
    files.put(id, data);
  }

  public Optional<byte[]> file(String id) {
    return Optional.ofNullable(files.get(id));
  }
}
