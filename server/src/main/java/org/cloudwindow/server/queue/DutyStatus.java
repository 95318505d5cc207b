package org.cloudwindow.server.queue;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A clerk's windows, where they are on duty, and the ticket they hold. */
public record DutyStatus(List<DutyWindow> windows, @Nullable Ticket activeTicket) {

  public record DutyWindow(long id, String name, String siteName, boolean onDuty, int waiting,
      String openingHours, boolean open) {}
}
