package org.cloudwindow.server.material;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A case's materials changed: a page uploaded, reordered or removed, a material verified or
 * rejected. Published in the changing transaction; the case topic is told after commit.
 *
 * @param action UPLOADED, VERIFIED, REJECTED, REORDERED, REMOVED
 */
public record MaterialChanged(long caseId, String slotCode, long materialId, @Nullable Long pageId, String action,
    long actorId, Instant at) {}
