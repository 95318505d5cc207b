package org.cloudwindow.server.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.cloudwindow.server.identity.Role;
import org.jspecify.annotations.Nullable;

/**
 * New values for a user. An absent or blank password keeps the old one; an absent phone, or one
 * sent back masked as the list showed it, keeps the stored number, and an empty one clears it.
 */
public record UserChange(
    @NotBlank @Size(max = 50) String displayName,
    @Nullable @Pattern(regexp = Passwords.PHONE_OR_MASK_PATTERN) String phone,
    @NotNull Long siteId,
    @NotEmpty Set<Role> roles,
    boolean enabled,
    @Nullable @Size(max = 128) @Pattern(regexp = Passwords.STRENGTH_OR_EMPTY_PATTERN) String password) {}
