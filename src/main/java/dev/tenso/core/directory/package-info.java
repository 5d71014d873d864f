/**
 * The directory (§2 of the domain): users with every field of the manual's form, roles, status,
 * user groups, their ports, and the administrator use cases.
 */
package dev.tenso.core.directory;
