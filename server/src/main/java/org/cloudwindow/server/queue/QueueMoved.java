package org.cloudwindow.server.queue;

/** A window's queue figures changed without a ticket changing (a clerk went on or off duty). */
public record QueueMoved(long windowId) {}
