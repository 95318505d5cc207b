/**
 * Video calls: the call record opened when a clerk calls a ticket, its participants and history,
 * the ICE servers a browser needs, and the STOMP signalling relayed through the media engine.
 * Public surface: {@link org.cloudwindow.server.call.CallService} and its records.
 */
@org.jspecify.annotations.NullMarked
package org.cloudwindow.server.call;
