package dev.tenso.parity;

import java.util.Optional;

/**
 * One row of the parity table ({@code parity/forwarding-rules.yaml}): a number, what to do to
 * it, and what every channel must answer ({@code OK} or an error code).
 *
 * @param only the one channel that can express this input ({@code slack} or {@code phone}), or
 *     empty when every channel must run it
 */
public record ParityCase(String id, String number, Action action, String expect,
    Optional<String> only) {

  /**
   * What to do: turn on to {@code on} (a number as typed), to saved {@code slot}, or to
   * {@code voicemail}, with an optional {@code mode} and {@code ring} time; or turn {@code off}.
   */
  public record Action(String on, Integer slot, boolean voicemail, String mode, Integer ring,
      boolean off) {}

  public boolean runsOn(String channel) {
    return only.map(channel::equals).orElse(true);
  }

  public boolean ok() {
    return "OK".equals(expect);
  }

  @Override
  public String toString() {
    return id;
  }
}
