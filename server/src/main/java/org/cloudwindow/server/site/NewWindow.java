package org.cloudwindow.server.site;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A window to open at a site; a comprehensive window has no department. */
public record NewWindow(
    @NotBlank @Size(max = 100) String name,
    @NotNull Long siteId,
    @Nullable @Size(max = 32) String departmentCode,
    boolean comprehensive) {}
