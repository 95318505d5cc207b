package org.cloudwindow.server.consult;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the coordinators' candidates live: when an expert's availability changes, every live
 * consultation that expert serves goes to its boards again with its candidates ranked anew (an
 * expert who went OFFLINE drops out, one who came online comes in, BUSY moves down). Those boards'
 * coordinators are exactly the ones who can see the expert; the message is sent once the change
 * committed.
 */
@Component
class CandidateUpdates {

  private final ConsultRepository consultations;
  private final ConsultViews views;
  private final ConsultNotifier notifier;
  private final ExpertService experts;

  CandidateUpdates(ConsultRepository consultations, ConsultViews views, ConsultNotifier notifier,
      ExpertService experts) {
    this.consultations = consultations;
    this.views = views;
    this.notifier = notifier;
    this.experts = experts;
  }

  @EventListener
  void on(ExpertAvailabilityChanged changed) {
    long home = experts.get(changed.expertId()).siteId();
    List<ConsultRepository.Stored> served = consultations.live().stream()
        .filter(c -> views.served(c.siteId()).contains(home)).toList();
    views.forCoordinators(served).forEach(c -> notifier.board(c, "AVAILABILITY"));
  }
}
