package org.cloudwindow.server.call;

/** A participant's call page was (re)loaded: whatever the previous page was doing has stopped. */
record PageReplaced(String callId, long userId) {}
