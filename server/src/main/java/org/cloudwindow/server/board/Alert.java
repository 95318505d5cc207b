package org.cloudwindow.server.board;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A stored alert as boards show it (payload of {@code /topic/board/{siteId}} too). */
public record Alert(long id, Kind kind, AlertLevel level, long windowId, String windowName, long siteId,
    @Nullable Long ticketId, @Nullable String ticketNumber, String detail, Instant raisedAt,
    @Nullable Instant acknowledgedAt, @Nullable Instant resolvedAt) {

  public enum Kind { WAIT_TIMEOUT, LEVEL }
}
