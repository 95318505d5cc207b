package org.cloudwindow.server.consult;

/**
 * A consultation no longer waits for an expert: one accepted ({@code state} ANSWERED), or the
 * clerk concluded it or its call ended first (CONCLUDED, CANCELLED). Published once, when it
 * leaves OPEN; a waiting alert raised for it is over.
 *
 * @param siteId the requesting clerk's site, as in {@link ConsultationWaiting}
 */
public record ConsultationWaitEnded(long consultationId, long siteId, ConsultationState state) {}
