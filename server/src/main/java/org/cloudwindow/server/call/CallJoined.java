package org.cloudwindow.server.call;

/**
 * A participant's page entered a call's room (first join, reload or rejoin after a reconnect);
 * {@code role} is their role in the call (WORKER, CLERK, EXPERT, COORDINATOR).
 */
public record CallJoined(String callId, long userId, String role) {}
