package dev.tenso.redis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One staged part of an import, as {@link Scripts#IMPORT_APPLY} reads it: records, each a label,
 * a condition and writes, over keys numbered in the order first used (KEYS[2..]; KEYS[1] is the
 * part itself). A record is written whole or, when its condition no longer holds, not at all.
 * Stored as one Redis list: the key count, the keys, then the arguments.
 */
final class ImportChunk {
  private final Map<String, String> keys = new LinkedHashMap<>();
  private final List<String> args = new ArrayList<>();

  /** A record of this part; nothing of it is in the part until {@link Record#end()}. */
  Record record(String label) {
    return new Record(label);
  }

  /** The number of arguments so far: the part's size. */
  int size() {
    return args.size() + keys.size();
  }

  boolean isEmpty() {
    return args.isEmpty();
  }

  /** The part as stored: key count, keys, arguments. */
  List<String> encoded() {
    List<String> out = new ArrayList<>(1 + keys.size() + args.size());
    out.add(Integer.toString(keys.size()));
    out.addAll(keys.keySet());
    out.addAll(args);
    return out;
  }

  /** A stored part back as the keys (after the part's own) and the arguments of the script. */
  record Decoded(List<String> keys, List<String> args) {
    static Decoded of(List<String> stored) {
      int n = Integer.parseInt(stored.get(0));
      return new Decoded(stored.subList(1, 1 + n), stored.subList(1 + n, stored.size()));
    }
  }

  private String key(String key) {
    return keys.computeIfAbsent(key, k -> Integer.toString(keys.size() + 2));
  }

  /** One record: its condition, then its writes. */
  final class Record {
    private final List<String> head = new ArrayList<>();
    private final List<String> writes = new ArrayList<>();
    private int count;

    private Record(String label) {
      head.add(label);
    }

    /** Written whatever is stored. */
    Record always() {
      head.add("-");
      return this;
    }

    /** Written only while the hash's {@code version} field (absent: 0) is {@code version}. */
    Record whileVersion(String hash, long version) {
      head.addAll(List.of("V", key(hash), Long.toString(version)));
      return this;
    }

    /** Written only while neither the user's hash nor the email's index exists. */
    Record whileAbsent(String user, String email) {
      head.addAll(List.of("N", key(user), key(email)));
      return this;
    }

    /**
     * Written only while the user's hash holds every one of {@code fields} and the email's index
     * is free or {@code id}'s.
     */
    Record whileStored(String user, String email, String id, Map<String, String> fields) {
      head.addAll(List.of("U", key(user), key(email), id, Integer.toString(fields.size() * 2)));
      Scripts.addPairs(head, fields);
      return this;
    }

    /** Replaces the hash with these fields. */
    Record replace(String hash, Map<String, String> fields) {
      return pairs("H", hash, fields);
    }

    /** Sets these fields of the hash, keeping the others. */
    Record put(String hash, Map<String, String> fields) {
      return pairs("P", hash, fields);
    }

    Record append(String stream, Map<String, String> fields) {
      return pairs("X", stream, fields);
    }

    Record set(String key, String value) {
      return one("S", key, value);
    }

    Record delete(String key) {
      return one("D", key, "");
    }

    Record add(String set, String member) {
      return one("A", set, member);
    }

    Record remove(String set, String member) {
      return one("R", set, member);
    }

    /** Adds the member to the sorted set with score 0 (a user list's entry). */
    Record list(String sortedSet, String member) {
      return one("Z", sortedSet, member);
    }

    Record unlist(String sortedSet, String member) {
      return one("z", sortedSet, member);
    }

    /** Adds the record to its part. */
    void end() {
      args.addAll(head);
      args.add(Integer.toString(count));
      args.addAll(writes);
    }

    private Record one(String op, String key, String value) {
      writes.addAll(List.of(op, key(key), value));
      count++;
      return this;
    }

    private Record pairs(String op, String key, Map<String, String> fields) {
      writes.addAll(List.of(op, key(key), Integer.toString(fields.size() * 2)));
      Scripts.addPairs(writes, fields);
      count++;
      return this;
    }
  }
}
