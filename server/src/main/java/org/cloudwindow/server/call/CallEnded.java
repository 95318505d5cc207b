package org.cloudwindow.server.call;

/** A call ended, for whatever reason; its recording may still be uploading its last chunk. */
public record CallEnded(String callId, String reason) {}
