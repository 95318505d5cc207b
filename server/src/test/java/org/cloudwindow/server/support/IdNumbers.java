package org.cloudwindow.server.support;

/** Makes valid mainland ID numbers (GB 11643 check digit) for test applicants. */
public final class IdNumbers {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";

  private IdNumbers() {}

  /** An ID number of someone born on 1940-01-01 in Haishu with the given sequence (0-999). */
  public static String elderly(int sequence) {
    return withCheckDigit(String.format("33020319400101%03d", sequence % 1000));
  }

  /** Another birth year per thousand, so up to 50,000 distinct numbers. */
  public static String numbered(int n) {
    return withCheckDigit(String.format("330203%04d0101%03d", 1940 + n / 1000, n % 1000));
  }

  public static String withCheckDigit(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return first17 + CHECK.charAt(sum % 11);
  }
}
