package org.cloudwindow.server.call;

/** A participant's page left a call that goes on for the others. */
public record CallLeft(String callId, long userId) {}
