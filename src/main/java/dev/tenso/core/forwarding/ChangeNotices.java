package dev.tenso.core.forwarding;

import dev.tenso.core.common.Actor;
import java.time.Instant;

/**
 * Port: told after a forwarding change was written, whoever made it and through whichever
 * channel (§7: the line notification mail, モバイル回線通知メール, is sent from it). Called after the
 * answer, off the request path; a notice that fails never undoes the change.
 */
public interface ChangeNotices {
  /**
   * @param version the number's setting version this change wrote: with the number, it names
   *     the change, so work that must happen once per change (a mail) can be claimed by it
   * @param changedBy the acting user's name, or the system actor's id
   */
  void changed(ForwardingView view, long version, Actor actor, String changedBy, Instant at);
}
