package org.cloudwindow.media;

/**
 * Someone in a room.
 *
 * @param id unique within the room (the server uses the user id)
 * @param role what they are in the call (WORKER, CLERK, EXPERT, COORDINATOR); engines only pass it on
 * @param mayRecord whether they may start and stop recording (the clerk)
 */
public record Participant(String id, String role, boolean mayRecord) {}
