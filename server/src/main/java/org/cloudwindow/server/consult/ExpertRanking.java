package org.cloudwindow.server.consult;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which experts a coordinator is offered for a request, best first: the most matching tags, then
 * AVAILABLE before BUSY, then the fewest consultations today (spreading the load), then by id so
 * the order is stable. Only experts who serve the request's site (their home site is it or above
 * it) are offered. OFFLINE experts are left out: an invitation would reach no open page, and the
 * request would sit until the waiting alert; a coordinator who knows better phones them to come
 * online first.
 */
final class ExpertRanking {

  private static final Comparator<Consultation.Candidate> ORDER = Comparator
      .comparingInt((Consultation.Candidate c) -> -c.matchedTags().size())
      .thenComparing(Consultation.Candidate::availability)
      .thenComparingInt(Consultation.Candidate::consultationsToday)
      .thenComparingLong(Consultation.Candidate::expertId);

  private ExpertRanking() {}

  /**
   * @param servedSiteIds the request's site and every site above it
   * @param today consultations per expert id today; absent means none
   */
  static List<Consultation.Candidate> rank(Collection<Expert> pool, Collection<String> tags, Set<Long> servedSiteIds,
      Map<Long, Integer> today) {
    Set<String> wanted = tags.stream().map(ExpertRanking::normal).collect(Collectors.toSet());
    return pool.stream()
        .filter(e -> e.enabled() && e.availability() != Availability.OFFLINE && servedSiteIds.contains(e.siteId()))
        .map(e -> new Consultation.Candidate(e.userId(), e.displayName(), e.siteName(), e.tags(),
            e.tags().stream().filter(t -> wanted.contains(normal(t))).toList(), e.availability(),
            today.getOrDefault(e.userId(), 0)))
        .sorted(ORDER)
        .toList();
  }

  /** Tags match whatever their case or surrounding blanks (matter codes are typed by hand too). */
  static String normal(String tag) {
    return tag.strip().toLowerCase(Locale.ROOT);
  }
}
