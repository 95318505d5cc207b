package org.cloudwindow.server.board;

/** One window on a coordinator's board. */
public record BoardWindow(long windowId, String name, long siteId, String siteName, boolean enabled,
    int waiting, long longestWaitSeconds, int clerksOnDuty, int clerksBusy, int servedToday,
    double serviceLevel, AlertLevel alertLevel) {}
