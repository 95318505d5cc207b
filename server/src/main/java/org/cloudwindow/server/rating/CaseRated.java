package org.cloudwindow.server.rating;

import org.jspecify.annotations.Nullable;

/** An applicant rated a case (published in the rating's transaction; listen after commit). */
public record CaseRated(long caseId, long workerSiteId, int stars, @Nullable String comment) {}
