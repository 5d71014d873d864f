package dev.tenso.core.auth;

import dev.tenso.core.common.Violation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every answer of the sign-in door.
 *
 * @param step what to show or ask next
 * @param problems what was wrong with the input just submitted (CODE_INVALID, IDENTITY_MISMATCH
 *     per field, ...); the step then asks again. Empty when nothing was wrong.
 * @param addressee who the channel is speaking to, once known (never for an unknown identity or a
 *     disabled user), so it renders in their language and time zone
 */
public record SignInAnswer(SignInStep step, List<Violation> problems,
    Optional<Addressee> addressee) {
  public SignInAnswer {
    Objects.requireNonNull(step, "step");
    problems = List.copyOf(problems);
    Objects.requireNonNull(addressee, "addressee");
  }
}
