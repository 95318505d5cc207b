package org.cloudwindow.server.board;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stored alert as boards show it (payload of {@code /topic/board/{siteId}} too).
 *
 * @param detail an English line for logs; clients word the alert from the figures
 * @param waiting tickets waiting at the window when a level alert was raised
 * @param waitedMinutes the longest wait (level alert) or the ticket's wait (wait-timeout alert)
 */
public record Alert(long id, Kind kind, AlertLevel level, long windowId, String windowName, long siteId,
    @Nullable Long ticketId, @Nullable String ticketNumber, String detail, @Nullable Integer waiting,
    @Nullable Integer waitedMinutes, Instant raisedAt,
    @Nullable Instant acknowledgedAt, @Nullable Instant resolvedAt) {

  public enum Kind { WAIT_TIMEOUT, LEVEL }
}
