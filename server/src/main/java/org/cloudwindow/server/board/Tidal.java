package org.cloudwindow.server.board;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Which clerk helps at a busy window, and for how many minutes (5 to 480: at most a working day). */
public record Tidal(@NotNull Long clerkId, @Min(5) @Max(480) int minutes) {}
