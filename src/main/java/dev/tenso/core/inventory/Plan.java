package dev.tenso.core.inventory;

/** The plan of a voice contract; it decides which forwarding modes a number accepts. */
public enum Plan {
  /** モバイル オフィス番号セット: unconditional forwarding only. */
  MOBILE_OFFICE,
  /** Arcstar IP Voice: all four forwarding modes. */
  IP_VOICE
}
