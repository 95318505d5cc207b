package org.cloudwindow.server.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A sign-in attempt. Names outside the username alphabet are refused as invalid input before
 * any lookup, so they never touch the lockout counters.
 */
record LoginRequest(
    @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]*$") String username,
    @NotBlank @Size(max = 128) String password) {}
