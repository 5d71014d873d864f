package dev.tenso.core.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tenso.core.common.ErrorCode;
import dev.tenso.core.common.InvalidValueException;
import dev.tenso.core.common.UserId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A user id from a channel is either an id or answered like an unknown user, never a crash. */
class UserIdTest {
  @ParameterizedTest
  @ValueSource(strings = {"I3gYMPbCHemdjcZl", " u-1_a ", "x"})
  void idsAreAccepted(String text) {
    assertThat(UserId.of(text).value()).isEqualTo(text.strip());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "a b", "u:1", "../etc", "ｕ１", "tenso:user:*"})
  void anythingElseIsAnUnknownUser(String text) {
    assertThatThrownBy(() -> UserId.of(text))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).code())
            .isEqualTo(ErrorCode.USER_NOT_FOUND))
        .hasMessage("USER_NOT_FOUND");
  }
}
