/**
 * Multi-party consultations (多人会商): the expert pool (expertise tags, home site, availability
 * that turns BUSY while an expert is in a call), a clerk's request for experts during a call, the
 * coordinators' live view of requests with ranked candidates, assignment into the call, the
 * experts' answers and notes, and the clerk's conclusion that goes into the case's timeline.
 * Public surface: {@link org.cloudwindow.server.consult.ConsultService},
 * {@link org.cloudwindow.server.consult.ExpertService}, their records and the
 * {@link org.cloudwindow.server.consult.ConsultationWaiting} event the board raises an alert for and
 * the {@link org.cloudwindow.server.consult.ConsultationWaitEnded} event it resolves it on.
 */
@org.jspecify.annotations.NullMarked
package org.cloudwindow.server.consult;
