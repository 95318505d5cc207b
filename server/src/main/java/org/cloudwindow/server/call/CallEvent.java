package org.cloudwindow.server.call;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a call's history: OPENED, JOINED, LEFT, CONNECTED, MEDIA, RECORDING_STARTED,
 * RECORDING_NOTICE (who was told the call is recorded), RECORDING_STOPPED, STILL_REQUESTED,
 * STILL_TAKEN, ENDED.
 */
public record CallEvent(Instant at, @Nullable Long actorId, String kind, @Nullable String detail) {}
