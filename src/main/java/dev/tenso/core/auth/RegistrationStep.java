package dev.tenso.core.auth;

/** The steps of first login (初回ログイン), in order. */
public enum RegistrationStep {
  /** The registration code was entered: identity confirmation (本人確認) is next. */
  IDENTITY,
  /** Second-factor enrolment. */
  SECOND_FACTOR,
  /** Agreeing to the terms; then the user is ACTIVE and the progress is forgotten. */
  TERMS
}
