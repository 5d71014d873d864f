/**
 * The directory (§2 of the domain): users with every field of the manual's form
 * ({@link dev.tenso.core.directory.UserForm}), roles, status, user groups, their ports, and who
 * may see which numbers ({@link dev.tenso.core.directory.Scopes}, the inventory's
 * {@code ActorScopes}). Its door is user administration,
 * {@link dev.tenso.core.directory.UserAdminUseCases}; what that asks of sign-in (registration
 * mails, second-factor resets) goes through the {@link dev.tenso.core.directory.Onboarding} port,
 * which {@code core.auth} implements. The user list ({@link dev.tenso.core.directory.UserSearch})
 * reads the start of one field's term through the {@code Users} port, never the whole directory.
 */
package dev.tenso.core.directory;
