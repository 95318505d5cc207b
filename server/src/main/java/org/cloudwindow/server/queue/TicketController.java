package org.cloudwindow.server.queue;

import jakarta.validation.Valid;
import java.util.List;
import org.cloudwindow.server.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tickets")
class TicketController {

  private final QueueService queue;

  TicketController(QueueService queue) {
    this.queue = queue;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Ticket take(@AuthenticationPrincipal CurrentUser worker, @Valid @RequestBody NewTicket ticket) {
    return queue.take(worker, ticket);
  }

  /** The signed-in worker's active tickets (a reloaded tablet picks up where it was). */
  @GetMapping
  List<Ticket> mine(@AuthenticationPrincipal CurrentUser worker) {
    return queue.activeOf(worker);
  }

  @GetMapping("/{id}")
  Ticket get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    return queue.get(user, id);
  }

  @GetMapping("/{id}/history")
  List<TicketHistory> history(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    return queue.history(user, id);
  }

  @DeleteMapping("/{id}")
  Ticket withdraw(@AuthenticationPrincipal CurrentUser worker, @PathVariable long id) {
    return queue.withdraw(worker, id);
  }

  @PostMapping("/{id}/answer")
  Ticket answer(@AuthenticationPrincipal CurrentUser worker, @PathVariable long id) {
    return queue.answer(worker, id);
  }

  @PostMapping("/{id}/complete")
  Ticket complete(@AuthenticationPrincipal CurrentUser clerk, @PathVariable long id) {
    return queue.complete(clerk, id);
  }

  @PostMapping("/{id}/transfer")
  Ticket transfer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
      @Valid @RequestBody Transfer transfer) {
    return queue.transfer(user, id, transfer);
  }
}
