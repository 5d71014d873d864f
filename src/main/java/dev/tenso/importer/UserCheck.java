package dev.tenso.importer;

import dev.tenso.core.common.Violation;
import java.util.List;

/**
 * The user-field rules of the directory (§2 of the domain), asked for every user row. The lead
 * wires it to the core's {@code UserForm}; each violation's field is a key of the user row.
 */
@FunctionalInterface
public interface UserCheck {
  List<Violation> check(UserFields fields);
}
