package org.cloudwindow.server.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cloudwindow.server.queue.QueueMoved;
import org.cloudwindow.server.queue.TicketChanged;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.site.Window;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps boards live: committed queue changes mark their windows, and once a second the marked
 * windows' new figures go up the tree. Coalescing keeps a burst of tickets from costing a board
 * query each on the request path, while a board still moves within a second.
 */
@Component
class BoardUpdates {

  private final BoardService board;
  private final BoardPublisher publisher;
  private final SiteService sites;
  private final Set<Long> changed = ConcurrentHashMap.newKeySet();

  BoardUpdates(BoardService board, BoardPublisher publisher, SiteService sites) {
    this.board = board;
    this.publisher = publisher;
    this.sites = sites;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(TicketChanged event) {
    changed.add(event.windowId());
    if (event.previousWindowId() != null) {
      changed.add(event.previousWindowId());
    }
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(QueueMoved moved) {
    changed.add(moved.windowId());
  }

  @Scheduled(fixedDelayString = "${cloudwindow.board.publish-interval}")
  void flush() {
    if (changed.isEmpty()) {
      return;
    }
    List<Window> windows = new ArrayList<>();
    for (Long id : List.copyOf(changed)) {
      changed.remove(id);
      windows.add(sites.getWindow(id));
    }
    for (BoardWindow figures : board.windows(windows)) {
      publisher.publish(figures.siteId(), BoardPublisher.BoardMessage.window(figures));
    }
  }
}
