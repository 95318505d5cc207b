package org.cloudwindow.server.queue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A number to take: the window is chosen from the matter and the worker's site unless given.
 *
 * @param priority for the elderly (80+), the disabled, or urgent matters
 */
public record NewTicket(
    @NotBlank @Size(max = 32) String matterCode,
    @NotNull @Valid Applicant applicant,
    boolean priority,
    @Nullable Long windowId) {}
