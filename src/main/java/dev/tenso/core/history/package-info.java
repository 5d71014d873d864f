/**
 * History: the last changes of a number or of a user, read from the audit log for an acting user
 * and checked against their scope ({@link dev.tenso.core.history.HistoryUseCases}). Above the
 * directory, the inventory and the audit log, which it reads; nothing depends on it.
 */
package dev.tenso.core.history;
