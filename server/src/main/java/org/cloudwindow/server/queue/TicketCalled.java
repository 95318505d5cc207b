package org.cloudwindow.server.queue;

/** A clerk called a ticket: the worker's tablet and the clerk's desk should meet in call {@code callId}. */
public record TicketCalled(long ticketId, long windowId, String callId, long clerkId, long workerId) {}
