package org.cloudwindow.server.casework;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A form field's current value on the wire: {@code {value, version, by, at}}.
 *
 * @param value the JSON value, null when empty
 * @param version rises by one per stored write of this field; 0 before the first
 * @param by the user who wrote it last, null for values filled in from the ticket
 */
public record FieldValue(@Nullable Object value, int version, @Nullable Long by, @Nullable Instant at) {

  static final FieldValue EMPTY = new FieldValue(null, 0, null, null);
}
