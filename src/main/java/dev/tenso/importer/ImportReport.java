package dev.tenso.importer;

/**
 * What an import did: rows in the file, writes made (0 when the file matched the store; a number
 * whose forwarding changed counts once for the number row and once for its forwarding), users
 * added, and whether the file was deleted because it held TOTP secrets.
 */
public record ImportReport(
    String source, int rows, int written, int usersAdded, int forwardingChanged, boolean deleted) {
  @Override
  public String toString() {
    return "Imported " + source + ": " + rows + " rows, " + written + " changes ("
        + usersAdded + " users added, " + forwardingChanged + " forwarding changes)"
        + (deleted ? "; the file held TOTP secrets and was deleted" : "");
  }
}
