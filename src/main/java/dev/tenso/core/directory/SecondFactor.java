package dev.tenso.core.directory;

/** 第2段階認証方式. */
public enum SecondFactor {
  TOTP,
  MAIL_OTP
}
