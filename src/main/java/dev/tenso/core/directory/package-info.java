/**
 * The directory (§2 of the domain): users with every field of the manual's form
 * ({@link dev.tenso.core.directory.UserForm}), roles, status, user groups, their ports, scope
 * (which numbers a user sees and changes, {@link dev.tenso.core.directory.Scopes}) and the
 * administrator use cases ({@link dev.tenso.core.directory.DirectoryUseCases}).
 */
package dev.tenso.core.directory;
