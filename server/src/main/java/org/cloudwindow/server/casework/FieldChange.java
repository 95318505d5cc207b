package org.cloudwindow.server.casework;

import org.jspecify.annotations.Nullable;

/**
 * One field a timeline event changed; sensitive values (ID numbers, phones) are stored masked.
 *
 * @param before the JSON value before, null when empty
 */
public record FieldChange(String field, @Nullable Object before, @Nullable Object after) {}
