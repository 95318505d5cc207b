package org.cloudwindow.server.casework;

import java.time.Instant;
import org.cloudwindow.server.account.AccountService;
import org.cloudwindow.server.web.UserQueues;
import org.jspecify.annotations.Nullable;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells a case's screens on {@code /topic/cases/{id}} what changed, after commit, so a screen
 * that reloads on the message finds the change. Field updates carry their version: a screen
 * applies one only when it is newer than what it holds, so messages overtaking each other do no
 * harm. A signed case's screens also hear whether the signature still matches the content. The
 * case's worker hears of every step someone else takes on {@code /user/queue/notifications}.
 */
@Component
class CaseBroadcasts {

  static final String NOTIFICATIONS = "/queue/notifications";

  private final SimpMessagingTemplate messaging;
  private final UserQueues userQueues;
  private final CaseRepository cases;
  private final CaseSignatures signatures;
  private final AccountService accounts;

  CaseBroadcasts(SimpMessagingTemplate messaging, UserQueues userQueues, CaseRepository cases,
      CaseSignatures signatures, AccountService accounts) {
    this.messaging = messaging;
    this.userQueues = userQueues;
    this.cases = cases;
    this.signatures = signatures;
    this.accounts = accounts;
  }

  static String topic(long caseId) {
    return "/topic/cases/" + caseId;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void on(FormChanged changed) {
    changed.fields().forEach((field, value) -> send(changed.caseId(),
        new Field("field", field, value.value(), value.version(), value.by(), value.at())));
    signature(changed.caseId());
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(CaseChanged changed) {
    send(changed.caseId(), new Reload(changed.type()));
    signature(changed.caseId());
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void on(CaseTransitioned step) {
    cases.find(step.caseId()).ifPresent(found -> {
      send(found.id(), new State("state", found.state(), found.caseNumber()));
      send(found.id(), new Reload(CaseChanged.TIMELINE));
      if (step.actorId() != found.workerId()) {
        userQueues.send(accounts.get(found.workerId()).username(), NOTIFICATIONS, new Notification("case",
            step.action(), found.id(), found.caseNumber(), found.state(), step.reason()));
      }
    });
  }

  void send(long caseId, Object message) {
    messaging.convertAndSend(topic(caseId), message);
  }

  private void signature(long caseId) {
    signatures.of(caseId).ifPresent(signature -> send(caseId, new SignatureState("signature", signature.stale())));
  }

  record Field(String type, String field, @Nullable Object value, int version, @Nullable Long by, @Nullable Instant at) {}

  record Reload(String type) {}

  record State(String type, CaseState state, @Nullable String caseNumber) {}

  record SignatureState(String type, boolean stale) {}

  /** On the worker's notifications queue, next to the queue's ticket notifications ({@code type: "ticket"}). */
  record Notification(String type, String change, long caseId, @Nullable String caseNumber, CaseState state,
      @Nullable String reason) {}

  record Presence(String type, long userId, String displayName, String role, @Nullable String field) {}

  record Highlight(String type, String field, long by, @Nullable String note) {}
}
