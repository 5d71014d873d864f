package dev.tenso.core.forwarding;

import dev.tenso.core.audit.AuditEvent;
import dev.tenso.core.inventory.IpNumber;

/**
 * Port: told after a forwarding change was written, whatever channel made it (a channel keeps
 * its own views up to date with it, such as Slack's App Home). Called off the request path,
 * after the answer; a listener that fails never undoes the change.
 */
public interface ForwardingListener {
  void changed(IpNumber number, AuditEvent event);
}
