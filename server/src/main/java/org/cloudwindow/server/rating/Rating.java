package org.cloudwindow.server.rating;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A case's rating as the API shows it: 1 (very dissatisfied) to 5 stars, an optional comment. */
public record Rating(int stars, @Nullable String comment, Instant at) {}
