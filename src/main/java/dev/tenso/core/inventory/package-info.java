/**
 * Inventory (§1 of the domain): voice groups (Y番), voice contracts (N番), sites (拠点) and IP phone
 * numbers (050), their value objects, the {@link dev.tenso.core.inventory.Inventory} port, scope
 * and number search.
 */
package dev.tenso.core.inventory;
