/**
 * Inventory (§1 of the domain): voice groups (Y番), voice contracts (N番), sites (拠点) and IP phone
 * numbers (050), their value objects, the {@link dev.tenso.core.inventory.Inventory} port, a
 * {@link dev.tenso.core.inventory.Scope} (which numbers somebody covers) and number search: the
 * door {@link dev.tenso.core.inventory.NumberSearchUseCase} over pure functions
 * ({@link dev.tenso.core.inventory.NumberQuery}, {@link dev.tenso.core.inventory.NumberSearch}).
 * Whose scope it is, the directory answers through the {@link dev.tenso.core.inventory.ActorScopes}
 * port, so the inventory never depends on the directory.
 */
package dev.tenso.core.inventory;
