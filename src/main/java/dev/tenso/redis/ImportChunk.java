package dev.tenso.redis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One staged part of an import: records as {@link Scripts#IMPORT_APPLY} reads them, each a
 * label, a condition and writes over keys of its own (all in one hash slot), so each record is
 * switched in by one script on whichever node holds its slot. A record is written whole or, when
 * its condition no longer holds, not at all; written again (a switch-in that stopped halfway and
 * is finished later) its condition no longer holds, so nothing is written twice. Stored as one
 * Redis list: per record its length, its key count, its keys, then its arguments.
 */
final class ImportChunk {
  private final List<String> encoded = new ArrayList<>();

  /** A record of this part; nothing of it is in the part until {@link Record#end()}. */
  Record record(String label) {
    return new Record(label);
  }

  /** The number of stored elements so far: the part's size. */
  int size() {
    return encoded.size();
  }

  boolean isEmpty() {
    return encoded.isEmpty();
  }

  /** The part as stored. */
  List<String> encoded() {
    return encoded;
  }

  /** The records of a stored part, each as the keys and the record arguments of the script. */
  static List<Decoded> decode(List<String> stored) {
    List<Decoded> records = new ArrayList<>();
    int i = 0;
    while (i < stored.size()) {
      int length = Integer.parseInt(stored.get(i));
      int keys = Integer.parseInt(stored.get(i + 1));
      records.add(new Decoded(stored.subList(i + 2, i + 2 + keys),
          stored.subList(i + 2 + keys, i + 1 + length)));
      i += 1 + length;
    }
    return records;
  }

  /** One stored record: its keys (KEYS) and its arguments (ARGV after the MINID). */
  record Decoded(List<String> keys, List<String> args) {}

  /** One record: its condition, then its writes. */
  final class Record {
    private final Map<String, String> keys = new LinkedHashMap<>();
    private final List<String> head = new ArrayList<>();
    private final List<String> writes = new ArrayList<>();
    private int count;

    private Record(String label) {
      head.add(label);
    }

    private String key(String key) {
      return keys.computeIfAbsent(key, k -> Integer.toString(keys.size() + 1));
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

    /** Appends an audit event to {@code stream} and marks it unfed in {@code mark}. */
    Record event(String stream, String mark, Map<String, String> fields) {
      writes.addAll(List.of("E", key(stream), key(mark), Integer.toString(fields.size() * 2)));
      Scripts.addPairs(writes, fields);
      count++;
      return this;
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
      List<String> args = new ArrayList<>(head);
      args.add(Integer.toString(count));
      args.addAll(writes);
      encoded.add(Integer.toString(1 + keys.size() + args.size()));
      encoded.add(Integer.toString(keys.size()));
      encoded.addAll(keys.keySet());
      encoded.addAll(args);
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
