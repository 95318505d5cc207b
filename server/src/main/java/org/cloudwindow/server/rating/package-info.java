/**
 * The applicant's satisfaction rating of a case (好差评): one per case, given on the tablet through
 * the case's worker once the case left DRAFT or its call ended, and published as
 * {@link org.cloudwindow.server.rating.CaseRated} so a poor rating opens a follow-up on the board.
 * Public surface: {@link org.cloudwindow.server.rating.RatingService}, its records and the event.
 */
@org.jspecify.annotations.NullMarked
package org.cloudwindow.server.rating;
