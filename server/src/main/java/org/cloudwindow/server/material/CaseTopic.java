package org.cloudwindow.server.material;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the case's screens (the worker's tablet, the clerk's desk) what changed, with the whole
 * checklist so a screen never has to merge. Sent after commit: a screen that reloads on the
 * message must find the change.
 */
@Component
class CaseTopic {

  private final SimpMessagingTemplate messaging;
  private final MaterialService materials;

  CaseTopic(SimpMessagingTemplate messaging, MaterialService materials) {
    this.messaging = messaging;
    this.materials = materials;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void on(MaterialChanged changed) {
    messaging.convertAndSend("/topic/cases/" + changed.caseId(), new Update("materials", changed.caseId(),
        changed.action(), changed.slotCode(), changed.materialId(), changed.pageId(), changed.actorId(), changed.at(),
        materials.checklistOf(changed.caseId())));
  }

  /** {@code type} tells material updates from other case updates on the same topic. */
  record Update(String type, long caseId, String action, String slotCode, long materialId, @Nullable Long pageId,
      long actorId, Instant at, Checklist checklist) {}
}
