package org.cloudwindow.server.board;

import jakarta.validation.constraints.Min;

/**
 * When a window turns YELLOW or RED: its waiting count or its longest wait reaching these.
 *
 * @param custom false when the window uses the deployment's defaults ({@code cloudwindow.board.*})
 */
public record Thresholds(@Min(1) int yellowWaiting, @Min(1) int redWaiting, @Min(1) int yellowLongestWaitMinutes,
    @Min(1) int redLongestWaitMinutes, boolean custom) {

  AlertLevel levelOf(int waiting, long longestWaitSeconds) {
    long minutes = longestWaitSeconds / 60;
    if (waiting >= redWaiting || minutes >= redLongestWaitMinutes) {
      return AlertLevel.RED;
    }
    if (waiting >= yellowWaiting || minutes >= yellowLongestWaitMinutes) {
      return AlertLevel.YELLOW;
    }
    return AlertLevel.NONE;
  }
}
