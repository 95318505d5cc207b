package org.cloudwindow.server.queue;

import java.util.List;

/**
 * The numbers waiting at a window and their places, the payload of
 * {@code /topic/windows/{id}/numbers}. Ticket numbers are what a service point's display shows
 * anyway, so any signed-in user may follow them; a worker's tablet finds its own number here
 * instead of the server sending every waiting worker a message on every change.
 */
public record QueuePositions(long windowId, List<Place> places, int clerksOnDuty) {

  public record Place(long ticketId, String number, int position, int estimatedWaitMinutes) {}

  static QueuePositions of(WindowQueue queue) {
    return new QueuePositions(queue.windowId(), queue.waiting().stream()
        .map(t -> new Place(t.id(), t.number(), t.position(), t.estimatedWaitMinutes())).toList(),
        queue.clerksOnDuty());
  }
}
