/**
 * The live queue: clerks on duty at windows, tickets taken by community workers for applicants,
 * routing, dispatch, transfer, recall and no-show, and the live queue over STOMP. Public surface:
 * {@link org.cloudwindow.server.queue.QueueService}, its records and the ticket events.
 */
@org.jspecify.annotations.NullMarked
package org.cloudwindow.server.queue;
