package org.cloudwindow.server.material;

import org.jspecify.annotations.Nullable;

/** A file that passed the checks, as it will be stored: re-encoded images, unchanged PDFs. */
record Inspected(byte[] content, String contentType, String extension, byte[] thumbnail, @Nullable Integer width,
    @Nullable Integer height, @Nullable Integer pageCount) {}
