package dev.tenso.core.directory;

/** ユーザー権限. */
public enum Role {
  /** 一般ユーザー: changes the numbers in their scope. */
  GENERAL,
  /** ポータル管理者: changes every number and manages users. */
  PORTAL_ADMIN
}
