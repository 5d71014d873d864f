package dev.tenso.core.voicemail;

import dev.tenso.core.inventory.IpNumber;
import java.util.List;

/**
 * Port: the messages kept with each number. Implementations throw
 * {@link dev.tenso.core.common.StoreUnavailableException} when the store cannot be reached.
 */
public interface VoicemailBox {

  /** Keeps {@code message}; false, keeping nothing, when its recording id was kept already. */
  boolean add(Voicemail message);

  /** The newest messages of a number, newest first. */
  List<Voicemail> latest(IpNumber number, int count);
}
