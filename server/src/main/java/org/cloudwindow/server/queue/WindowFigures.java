package org.cloudwindow.server.queue;

/**
 * A window's queue figures for boards.
 *
 * @param servedToday tickets called today (Beijing day)
 * @param calledWithinTargetToday of those, called within the target wait
 */
public record WindowFigures(long windowId, int waiting, long longestWaitSeconds, int clerksOnDuty,
    int clerksBusy, int servedToday, int calledWithinTargetToday) {

  /** Share of today's tickets called within the target, or 1 when none was called yet. */
  public double serviceLevel() {
    return servedToday == 0 ? 1.0 : (double) calledWithinTargetToday / servedToday;
  }
}
