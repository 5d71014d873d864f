package dev.tenso.core.auth;

import dev.tenso.core.directory.Actor;

/**
 * Port the sensitive use cases ask before they run (every forwarding change, every administrator
 * action): has this actor's channel identity a session whose second factor was verified recently
 * (inside the idle timeout and the absolute lifetime)? System actors (the import) always pass.
 */
public interface FreshSession {
  boolean isFresh(Actor actor);
}
