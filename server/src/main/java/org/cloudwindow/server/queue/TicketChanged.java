package org.cloudwindow.server.queue;

import org.jspecify.annotations.Nullable;

/**
 * Something happened to a ticket (published after every change, for live views and audit).
 *
 * @param previousWindowId the window it left, for transfers
 */
public record TicketChanged(long ticketId, long windowId, @Nullable Long previousWindowId, Change change,
    long workerId) {

  public enum Change { TAKEN, CALLED, RECALLED, ANSWERED, COMPLETED, WITHDRAWN, TRANSFERRED, NO_SHOW, EXPIRED }
}
