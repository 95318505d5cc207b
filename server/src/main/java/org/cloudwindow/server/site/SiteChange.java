package org.cloudwindow.server.site;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** New code, name and enabled flag of an existing site; tier and parent never change. */
public record SiteChange(
    @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9-]+") String code,
    @NotBlank @Size(max = 100) String name,
    boolean enabled) {}
