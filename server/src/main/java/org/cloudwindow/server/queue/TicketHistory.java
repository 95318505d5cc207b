package org.cloudwindow.server.queue;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One stored change of a ticket: who, when, what, why. */
public record TicketHistory(Instant at, @Nullable Long actorId, String kind, @Nullable String fromState,
    String toState, long windowId, @Nullable String reason) {}
