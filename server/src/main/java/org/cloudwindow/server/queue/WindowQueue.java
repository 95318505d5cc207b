package org.cloudwindow.server.queue;

import java.util.List;

/**
 * A window's live queue as clerks and coordinators see it (applicants masked), also the payload
 * of {@code /topic/windows/{id}}.
 */
public record WindowQueue(long windowId, List<Ticket> waiting, int waitingCount, long longestWaitSeconds,
    int clerksOnDuty) {}
