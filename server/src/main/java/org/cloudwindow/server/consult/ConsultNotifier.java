package org.cloudwindow.server.consult;

import java.util.Collection;
import org.cloudwindow.server.account.AccountService;
import org.cloudwindow.server.site.Site;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.web.UserQueues;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the coordinators of the request's site and every site above it, and the people in the
 * consultation, what changed. Sent once the change committed: an invited expert who joins the
 * call at once must find the invitation stored.
 */
@Component
class ConsultNotifier {

  static final String NOTIFICATIONS = "/queue/notifications";

  private final SimpMessagingTemplate messaging;
  private final UserQueues queues;
  private final SiteService sites;
  private final AccountService accounts;

  ConsultNotifier(SimpMessagingTemplate messaging, UserQueues queues, SiteService sites, AccountService accounts) {
    this.messaging = messaging;
    this.queues = queues;
    this.sites = sites;
    this.accounts = accounts;
  }

  /**
   * {@code {type: "consultation", event, consultation}} on {@code /topic/board/{siteId}/consultations}
   * of the request's site and every site above it.
   */
  void board(Consultation consultation, String event) {
    BoardMessage message = new BoardMessage("consultation", event, consultation);
    afterCommit(() -> {
      for (Site site : sites.ancestorChain(consultation.siteId())) {
        messaging.convertAndSend("/topic/board/" + site.id() + "/consultations", message);
      }
    });
  }

  /** The same message on {@code /user/queue/notifications} of each user. */
  void users(Collection<Long> userIds, Consultation consultation, String event) {
    BoardMessage message = new BoardMessage("consultation", event, consultation);
    afterCommit(() -> userIds.forEach(id -> queues.send(accounts.get(id).username(), NOTIFICATIONS, message)));
  }

  void invitation(long expertId, Invitation invitation) {
    afterCommit(() -> queues.send(accounts.get(expertId).username(), NOTIFICATIONS, invitation));
  }

  private static void afterCommit(Runnable send) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      send.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        send.run();
      }
    });
  }

  /**
   * @param event REQUESTED, ASSIGNED, ANSWERED, COORDINATOR_JOINED, SUGGESTED, NOTE, CONCLUDED, CANCELLED,
   *     CALL_ENDED, or AVAILABILITY (an expert's availability changed the candidates; boards only)
   */
  record BoardMessage(String type, String event, Consultation consultation) {}

  /**
   * What an assigned expert gets: {@code type} is always {@code invitation}; {@code consultation}
   * is the whole view with this invitation in it, the other fields its gist for older pages.
   */
  record Invitation(String type, long consultationId, String callId, long caseId, String topic,
      java.util.List<String> tags, String clerkName, String siteName, long invitedBy, String invitedByName,
      Consultation consultation) {}
}
