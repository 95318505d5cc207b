package org.cloudwindow.server.casework;

import org.cloudwindow.server.catalog.HandlingTier;

/** A matter of a case as the case view lists it. */
public record CaseMatter(String code, String name, HandlingTier handlingTier, int promisedDays) {}
