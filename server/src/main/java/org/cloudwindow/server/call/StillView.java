package org.cloudwindow.server.call;

import java.time.Instant;

/**
 * A document still of a call: taken by the tablet from its own camera at full resolution
 * ({@code camera}), or grabbed by the clerk from the received video when the tablet could not
 * ({@code frame}).
 */
public record StillView(String id, String callId, long takenBy, String source, String contentType, int width,
    int height, long sizeBytes, Instant takenAt) {}
