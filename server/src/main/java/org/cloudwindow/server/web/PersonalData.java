package org.cloudwindow.server.web;

import org.jspecify.annotations.Nullable;

/** Masks personal data for lists, logs and boards (DESIGN.md conventions). */
public final class PersonalData {

  private PersonalData() {}

  /** {@code 13812341234} becomes {@code 138****1234}; anything shorter keeps only its last two. */
  public static @Nullable String maskPhone(@Nullable String phone) {
    if (phone == null || phone.isEmpty()) {
      return phone;
    }
    if (phone.length() < 7) {
      return "*".repeat(Math.max(0, phone.length() - 2)) + phone.substring(Math.max(0, phone.length() - 2));
    }
    return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
  }

  /** {@code 330203194001011234} becomes {@code 330***********1234}. */
  public static @Nullable String maskIdNumber(@Nullable String idNumber) {
    if (idNumber == null || idNumber.length() < 8) {
      return idNumber == null ? null : "*".repeat(idNumber.length());
    }
    return idNumber.substring(0, 3) + "*".repeat(idNumber.length() - 7) + idNumber.substring(idNumber.length() - 4);
  }

  /** True when the text is a mask this class produced, i.e. a client sent back what it was shown. */
  public static boolean isMasked(@Nullable String value) {
    return value != null && value.contains("****");
  }
}
