package dev.tenso.core.common;

/**
 * Port the sensitive use cases ask before they run (every forwarding change, every administrator
 * action): has this actor's channel identity a session whose second factor was verified recently
 * (inside the idle timeout and the absolute lifetime), by this same user? System actors (the
 * import) always pass. Sign-in ({@code core.auth}) implements it; the use cases that ask it live
 * below sign-in, so the port lives here.
 */
public interface FreshSession {
  boolean isFresh(Actor actor);
}
