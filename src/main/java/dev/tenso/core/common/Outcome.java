package dev.tenso.core.common;

import java.util.List;
import java.util.function.Function;

/**
 * What a use case answers: the result, or every reason it was refused. Expected refusals are
 * values, never exceptions; only an unreachable store is thrown ({@link StoreUnavailableException}).
 */
public sealed interface Outcome<T> permits Outcome.Ok, Outcome.Rejected {

  record Ok<T>(T value) implements Outcome<T> {}

  record Rejected<T>(List<Violation> violations) implements Outcome<T> {
    public Rejected {
      if (violations.isEmpty()) {
        throw new IllegalArgumentException("a rejection names at least one violation");
      }
      violations = List.copyOf(violations);
    }

    public boolean has(ErrorCode code) {
      return violations.stream().anyMatch(v -> v.code() == code);
    }
  }

  static <T> Outcome<T> ok(T value) {
    return new Ok<>(value);
  }

  static <T> Outcome<T> rejected(List<Violation> violations) {
    return new Rejected<>(violations);
  }

  static <T> Outcome<T> rejected(String field, ErrorCode code) {
    return new Rejected<>(List.of(Violation.of(field, code)));
  }

  default boolean isOk() {
    return this instanceof Ok;
  }

  /** The value; throws when rejected (for tests and for callers that checked {@link #isOk()}). */
  default T orElseThrow() {
    if (this instanceof Ok<T> ok) {
      return ok.value();
    }
    throw new IllegalStateException("rejected: " + ((Rejected<T>) this).violations());
  }

  default List<Violation> violations() {
    return this instanceof Rejected<T> r ? r.violations() : List.of();
  }

  default <R> Outcome<R> map(Function<T, R> f) {
    return this instanceof Ok<T> ok ? new Ok<>(f.apply(ok.value())) : new Rejected<>(violations());
  }
}
