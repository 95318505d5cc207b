package org.cloudwindow.server.casework;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells a case's screens on {@code /topic/cases/{id}} what changed, after commit, so a screen
 * that reloads on the message finds the change. Field updates carry their version: a screen
 * applies one only when it is newer than what it holds, so messages overtaking each other do no
 * harm.
 */
@Component
class CaseBroadcasts {

  private final SimpMessagingTemplate messaging;

  CaseBroadcasts(SimpMessagingTemplate messaging) {
    this.messaging = messaging;
  }

  static String topic(long caseId) {
    return "/topic/cases/" + caseId;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void on(FormChanged changed) {
    changed.fields().forEach((field, value) -> messaging.convertAndSend(topic(changed.caseId()),
        new Field("field", field, value.value(), value.version(), value.by(), value.at())));
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(CaseChanged changed) {
    messaging.convertAndSend(topic(changed.caseId()), new Reload(changed.type()));
  }

  void send(long caseId, Object message) {
    messaging.convertAndSend(topic(caseId), message);
  }

  record Field(String type, String field, @Nullable Object value, int version, @Nullable Long by, @Nullable Instant at) {}

  record Reload(String type) {}

  record Presence(String type, long userId, String displayName, String role, @Nullable String field) {}

  record Highlight(String type, String field, long by, @Nullable String note) {}
}
