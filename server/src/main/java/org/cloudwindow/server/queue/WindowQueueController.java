package org.cloudwindow.server.queue;

import org.cloudwindow.server.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class WindowQueueController {

  private final QueueService queue;

  WindowQueueController(QueueService queue) {
    this.queue = queue;
  }

  @GetMapping("/api/duty")
  DutyStatus duty(@AuthenticationPrincipal CurrentUser clerk) {
    return queue.dutyOf(clerk);
  }

  @PostMapping("/api/windows/{id}/duty")
  DutyStatus onDuty(@AuthenticationPrincipal CurrentUser clerk, @PathVariable long id) {
    return queue.goOnDuty(clerk, id);
  }

  @DeleteMapping("/api/windows/{id}/duty")
  DutyStatus offDuty(@AuthenticationPrincipal CurrentUser clerk, @PathVariable long id) {
    return queue.goOffDuty(clerk, id);
  }

  @GetMapping("/api/windows/{id}/queue")
  WindowQueue queue(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    return queue.queue(user, id);
  }
}
