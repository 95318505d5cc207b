package org.cloudwindow.server.consult;

/**
 * No expert accepted a consultation request within {@code cloudwindow.consult.waiting-alert};
 * published once per consultation (once per cluster) for the board to alert its coordinators.
 *
 * @param windowId the window of the case in whose call the clerk asked
 * @param siteId the requesting clerk's site: its coordinators and those above it are alerted
 */
public record ConsultationWaiting(long consultationId, String callId, long caseId, long windowId, long siteId,
    String topic, int waitedMinutes) {}
