package org.cloudwindow.server.site;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A site to create. Only a district may be a root; the tier must be one below the parent's.
 *
 * @param code an administrative division style code, unique (e.g. 330203101000)
 */
public record NewSite(
    @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9-]+") String code,
    @NotBlank @Size(max = 100) String name,
    @NotNull SiteTier tier,
    @Nullable Long parentId) {}
