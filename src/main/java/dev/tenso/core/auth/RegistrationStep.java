package dev.tenso.core.auth;

/** The steps of first login (初回ログイン), in order. */
public enum RegistrationStep {
  /** Registration code and identity confirmation (本人確認). */
  IDENTITY,
  /** Second-factor enrolment. */
  SECOND_FACTOR,
  /** Agreeing to the terms. */
  TERMS,
  /** Done: the user is ACTIVE. */
  DONE
}
