package org.cloudwindow.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Check digits below were computed by hand from the GB 11643 weights, not by the code under test. */
class ChineseIdNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "330203194001011233",
      "11010519491231002X", // the standard's own example
      "11010519491231002x", // a tablet keyboard's lower-case x
      "330203193807150043",
      "330203200002290316", // 29 February of a leap year
      "44030619851120157X"})
  void acceptsNumbersWithTheRightCheckDigitAndARealBirthDate(String id) {
    assertThat(ChineseIdNumber.isValid(id)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {
      "330203194001011234", // last digit mistyped
      "330203194010011233", // two digits swapped
      "330203194002301232", // right check digit, but 30 February
      "330203189912311230", // right check digit, born before 1900
      "33020319400101123", // 17 characters
      "3302031940010112333", // 19 characters
      "33020319400101123A",
      "3302031940O1011233", // letter O for zero
      "330203 94001011233"})
  void refusesEverythingElse(String id) {
    assertThat(ChineseIdNumber.isValid(id)).isFalse();
  }

  @Test
  void computesTheCheckDigit() {
    assertThat(ChineseIdNumber.checkDigit("11010519491231002")).isEqualTo('X');
    assertThat(ChineseIdNumber.checkDigit("33020319400101123")).isEqualTo('3');
    assertThatThrownBy(() -> ChineseIdNumber.checkDigit("1234")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsTheBirthDate() {
    assertThat(ChineseIdNumber.birthDate("330203193807150043")).contains(LocalDate.of(1938, 7, 15));
    assertThat(ChineseIdNumber.birthDate("330203194002301232")).isEmpty();
    assertThat(ChineseIdNumber.normalise(" 11010519491231002x ")).isEqualTo("11010519491231002X");
  }
}
