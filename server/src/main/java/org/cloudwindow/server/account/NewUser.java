package org.cloudwindow.server.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.cloudwindow.server.identity.Role;
import org.jspecify.annotations.Nullable;

/** A user to create. */
public record NewUser(
    @NotBlank @Pattern(regexp = Passwords.USERNAME_PATTERN) String username,
    @NotBlank @Size(max = 50) String displayName,
    @Nullable @Pattern(regexp = Passwords.PHONE_PATTERN) String phone,
    @NotNull Long siteId,
    @NotEmpty Set<Role> roles,
    @NotBlank @Size(min = 8, max = 128) @Pattern(regexp = Passwords.STRENGTH_PATTERN) String password,
    @Nullable Boolean enabled) {}
