/**
 * Inventory (§1 of the domain): voice groups (Y番), voice contracts (N番), sites (拠点) and IP phone
 * numbers (050), their value objects, the {@link dev.tenso.core.inventory.Inventory} port and
 * number search as pure functions ({@link dev.tenso.core.inventory.NumberQuery},
 * {@link dev.tenso.core.inventory.NumberSearch}). Scope, being built from a user, lives in
 * {@code core.directory}, so the inventory never depends on the directory.
 */
package dev.tenso.core.inventory;
