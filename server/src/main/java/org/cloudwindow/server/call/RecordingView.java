package org.cloudwindow.server.call;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A call's recording: a WebM made in the clerk's browser and uploaded in chunks while it runs.
 *
 * @param durationMs as measured by the recording browser (the last chunk's elapsed time if the
 *     browser died before stopping)
 * @param sha256 of the whole file, once stopped
 */
public record RecordingView(String id, String callId, long startedBy, Instant startedAt, @Nullable Instant stoppedAt,
    long durationMs, long sizeBytes, @Nullable String sha256, int chunks, String state) {}
