package dev.tenso.core.forwarding;

/** A stored value with the version it was read at; version 0 means never written. */
public record Versioned<T>(T value, long version) {}
