package org.cloudwindow.server.queue;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A ticket as the API shows it.
 *
 * @param number short and readable aloud, per window per day (M023)
 * @param position 1 for the next to be called; 0 when not waiting
 * @param estimatedWaitMinutes from the window's rolling average handle time and its clerks on duty
 * @param callId the video call opened when the ticket was called
 */
public record Ticket(long id, String number, TicketState state, long windowId, String windowName,
    String matterCode, String matterName, Applicant applicant, boolean priority, long workerId,
    @Nullable Long clerkId, @Nullable String clerkName, Instant takenAt, @Nullable Instant calledAt,
    int position, int estimatedWaitMinutes, @Nullable String callId) {

  Ticket withApplicant(Applicant other) {
    return new Ticket(id, number, state, windowId, windowName, matterCode, matterName, other, priority,
        workerId, clerkId, clerkName, takenAt, calledAt, position, estimatedWaitMinutes, callId);
  }

  Ticket masked() {
    return withApplicant(applicant.masked());
  }
}
