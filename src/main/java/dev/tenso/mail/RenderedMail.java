package dev.tenso.mail;

/** A mail ready to send: subject and plain-text body. Prints no field, since the body holds codes. */
record RenderedMail(String subject, String body) {
  @Override
  public String toString() {
    return "RenderedMail[...]";
  }
}
