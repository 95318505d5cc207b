package org.cloudwindow.server.consult;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cloudwindow.server.account.AccountService;
import org.cloudwindow.server.site.Site;
import org.cloudwindow.server.site.SiteService;
import org.springframework.stereotype.Component;

/** Builds {@link Consultation} views, with ranked candidates for coordinators. */
@Component
class ConsultViews {

  /** "Today" for the load count is the working day in Beijing time, whatever the server's zone. */
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private final ConsultRepository consultations;
  private final ExpertRepository expertRepository;
  private final ExpertService experts;
  private final AccountService accounts;
  private final SiteService sites;
  private final Clock clock;

  ConsultViews(ConsultRepository consultations, ExpertRepository expertRepository, ExpertService experts,
      AccountService accounts, SiteService sites, Clock clock) {
    this.consultations = consultations;
    this.expertRepository = expertRepository;
    this.experts = experts;
    this.accounts = accounts;
    this.sites = sites;
    this.clock = clock;
  }

  Consultation plain(ConsultRepository.Stored stored) {
    return view(stored, List.of());
  }

  /** With candidates while the consultation is live; one pool read for the lot. */
  List<Consultation> forCoordinators(List<ConsultRepository.Stored> stored) {
    if (stored.stream().noneMatch(s -> s.state().live())) {
      return stored.stream().map(this::plain).toList();
    }
    List<Expert> pool = experts.pool();
    Map<Long, Integer> today = expertRepository.assignedSince(
        LocalDate.now(clock.withZone(BEIJING)).atStartOfDay(BEIJING).toInstant());
    return stored.stream().map(s -> view(s, s.state().live()
        ? ExpertRanking.rank(pool, consultations.tags(s.id()), served(s.siteId()), today) : List.of())).toList();
  }

  Consultation forCoordinator(ConsultRepository.Stored stored) {
    return forCoordinators(List.of(stored)).get(0);
  }

  /** The request's site and every site above it: experts based there serve it. */
  Set<Long> served(long siteId) {
    return sites.ancestorChain(siteId).stream().map(Site::id).collect(Collectors.toSet());
  }

  private Consultation view(ConsultRepository.Stored s, List<Consultation.Candidate> candidates) {
    Map<Long, String> names = new HashMap<>();
    List<Consultation.Invitation> invitations = consultations.invitations(s.id()).stream()
        .map(i -> new Consultation.Invitation(i.expertId(), name(names, i.expertId()), i.state(), i.reason(),
            i.invitedAt(), i.answeredAt()))
        .toList();
    List<Consultation.Note> notes = consultations.notes(s.id()).stream()
        .map(n -> new Consultation.Note(n.authorId(), name(names, n.authorId()), n.text(), n.at())).toList();
    List<Consultation.Suggestion> suggestions = consultations.suggestions(s.id()).stream()
        .map(x -> new Consultation.Suggestion(x.byId(), name(names, x.byId()), x.expertId(),
            name(names, x.expertId()), x.reason(), x.at()))
        .toList();
    return new Consultation(s.id(), s.callId(), s.caseId(), s.windowId(), s.siteId(), sites.get(s.siteId()).name(),
        s.clerkId(), name(names, s.clerkId()), s.topic(), consultations.tags(s.id()), s.state(), s.requestedAt(),
        s.answeredAt(), s.concludedAt(), s.conclusion(), invitations, notes, suggestions, candidates);
  }

  private String name(Map<Long, String> names, long userId) {
    return names.computeIfAbsent(userId, id -> accounts.get(id).displayName());
  }
}
