package org.cloudwindow.server.queue;

import java.time.Instant;

/** A ticket that has been waiting long (for wait-timeout alerts); no applicant data. */
public record LongWait(long ticketId, long windowId, String number, Instant takenAt) {}
