package org.cloudwindow.server.site;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** New name, department and flags of a window; its site never changes. */
public record WindowChange(
    @NotBlank @Size(max = 100) String name,
    @Nullable @Size(max = 32) String departmentCode,
    boolean comprehensive,
    boolean enabled) {}
