package org.cloudwindow.server.storage;

/** What {@link ObjectStore#put} wrote: its key, size in bytes and SHA-256 (hex). */
public record StoredObject(String key, long size, String sha256) {}
