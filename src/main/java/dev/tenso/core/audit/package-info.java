/** The audit log: every change, who made it, through which channel, before and after. */
package dev.tenso.core.audit;
