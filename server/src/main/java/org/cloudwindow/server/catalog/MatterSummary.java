package org.cloudwindow.server.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A search result: enough to choose a matter and take a number, without materials and form.
 *
 * @param matchedBy why it matched; null when the query was empty and the catalogue is browsed
 */
public record MatterSummary(String code, String name, List<String> aliases, String departmentCode,
    String departmentName, HandlingTier handlingTier, int promisedDays, boolean remoteEligible,
    @Nullable MatchKind matchedBy) {}
