package org.cloudwindow.server.queue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Where a ticket goes and why (the reason is kept in its history and told to the worker). */
public record Transfer(@NotNull Long windowId, @NotBlank @Size(max = 500) String reason) {}
