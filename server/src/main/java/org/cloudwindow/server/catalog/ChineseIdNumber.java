package org.cloudwindow.server.catalog;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The 18-character resident ID number of GB 11643-1999: a 6-digit area code, the birth date as
 * {@code yyyyMMdd}, a 3-digit sequence and a check digit (ISO 7064 MOD 11-2, {@code X} for 10).
 * The check digit catches every single wrong digit and most swapped pairs, the typing mistakes a
 * worker makes when copying a card, before a clerk's time is spent on the case.
 */
public final class ChineseIdNumber {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK_DIGITS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private ChineseIdNumber() {}

  /**
   * True for 17 digits, a correct check digit ({@code 0-9} or {@code X}; a lower-case {@code x} is
   * taken as {@code X}, as tablets' keyboards often produce it) and a real birth date from 1900 on.
   */
  public static boolean isValid(@Nullable String idNumber) {
    if (idNumber == null || idNumber.length() != 18) {
      return false;
    }
    for (int i = 0; i < 17; i++) {
      if (!isAsciiDigit(idNumber.charAt(i))) {
        return false;
      }
    }
    char last = Character.toUpperCase(idNumber.charAt(17));
    return last == checkDigit(idNumber.substring(0, 17)) && birthDate(idNumber).isPresent();
  }

  /** The check digit of the first 17 digits. */
  public static char checkDigit(String first17) {
    if (first17.length() != 17) {
      throw new IllegalArgumentException("17 digits expected");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = first17.charAt(i);
      if (!isAsciiDigit(c)) {
        throw new IllegalArgumentException("17 digits expected");
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    return CHECK_DIGITS[sum % 11];
  }

  /** The birth date in an 18-character number, empty when those digits are not a date from 1900 on. */
  public static Optional<LocalDate> birthDate(String idNumber) {
    if (idNumber.length() != 18) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(idNumber.substring(6, 10));
      int month = Integer.parseInt(idNumber.substring(10, 12));
      int day = Integer.parseInt(idNumber.substring(12, 14));
      return year < 1900 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    } catch (NumberFormatException | DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The number as it should be stored: without surrounding spaces, with an upper-case {@code X}. */
  public static String normalise(String idNumber) {
    return idNumber.strip().toUpperCase(java.util.Locale.ROOT);
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
