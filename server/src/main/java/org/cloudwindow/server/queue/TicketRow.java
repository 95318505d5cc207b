package org.cloudwindow.server.queue;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A ticket as stored. */
record TicketRow(long id, String number, long windowId, String matterCode, String matterName,
    Applicant applicant, boolean priority, long workerId, long workerSiteId, TicketState state,
    boolean head, Instant takenAt, @Nullable Instant calledAt, @Nullable Instant answeredAt,
    @Nullable Instant endedAt, int recalls, @Nullable Long clerkId, @Nullable String callId,
    LocalDate serviceDay) {}
