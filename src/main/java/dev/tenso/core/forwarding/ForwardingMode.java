package dev.tenso.core.forwarding;

/** 転送動作: exactly one per number. */
public enum ForwardingMode {
  /** 無条件転送: every call goes to the destination. */
  UNCONDITIONAL,
  /** 着信中転送: when the terminal is busy. */
  BUSY,
  /** 無応答転送: when the terminal does not answer within the ring time. */
  NO_ANSWER,
  /** 不通時転送: when the terminal cannot be reached. */
  UNREACHABLE
}
