package dev.tenso.importer;

/**
 * What an import did: rows written (0 when the file matched the store), users added, and whether
 * the file was deleted because it held TOTP secrets.
 */
public record ImportReport(
    String source, int rows, int written, int usersAdded, int forwardingChanged, boolean deleted) {
  @Override
  public String toString() {
    return "Imported " + source + ": " + rows + " rows, " + written + " written ("
        + usersAdded + " users added, " + forwardingChanged + " forwarding changes)"
        + (deleted ? "; the file held TOTP secrets and was deleted" : "");
  }
}
