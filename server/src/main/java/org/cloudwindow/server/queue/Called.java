package org.cloudwindow.server.queue;

/**
 * What a clerk gets when calling a ticket: the ticket (applicant in full) and the video call to
 * join. The shared case record is added to this answer by the case feature.
 */
public record Called(Ticket ticket, String callId) {}
