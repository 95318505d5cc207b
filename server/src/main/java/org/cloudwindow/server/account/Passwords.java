package org.cloudwindow.server.account;

import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Rules for usernames, phones and passwords, and the hash that stores passwords. */
final class Passwords {

  static final String USERNAME_PATTERN = "^[a-z0-9][a-z0-9._-]{2,31}$";
  static final String PHONE_PATTERN = "^(1\\d{10})?$";
  static final String PHONE_OR_MASK_PATTERN = "^(1\\d{10}|1\\d{2}\\*{4}\\d{4})?$";
  /** At least 8 characters with a letter and a digit. */
  static final String STRENGTH_PATTERN = "^(?=.*[A-Za-z])(?=.*\\d).{8,}$";
  static final String STRENGTH_OR_EMPTY_PATTERN = "^((?=.*[A-Za-z])(?=.*\\d).{8,})?$";

  private Passwords() {}

  /**
   * Argon2id (memory-hard) for new hashes; the delegating prefix lets a later change of
   * algorithm verify old hashes and upgrade them.
   */
  static PasswordEncoder encoder() {
    return new DelegatingPasswordEncoder("argon2", Map.of(
        "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
        "bcrypt", new BCryptPasswordEncoder()));
  }

  static boolean strongEnough(String password) {
    return password.matches(STRENGTH_PATTERN);
  }
}
