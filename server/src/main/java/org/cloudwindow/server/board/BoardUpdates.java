package org.cloudwindow.server.board;

import java.util.ArrayList;
import java.util.List;
import org.cloudwindow.server.queue.QueueMoved;
import org.cloudwindow.server.queue.TicketChanged;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.site.Window;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Keeps boards live: every committed queue change sends the window's new figures up the tree. */
@Component
class BoardUpdates {

  private final BoardService board;
  private final BoardPublisher publisher;
  private final SiteService sites;

  BoardUpdates(BoardService board, BoardPublisher publisher, SiteService sites) {
    this.board = board;
    this.publisher = publisher;
    this.sites = sites;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(TicketChanged changed) {
    List<Long> windows = new ArrayList<>(List.of(changed.windowId()));
    if (changed.previousWindowId() != null) {
      windows.add(changed.previousWindowId());
    }
    windows.forEach(this::publish);
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(QueueMoved moved) {
    publish(moved.windowId());
  }

  private void publish(long windowId) {
    Window window = sites.getWindow(windowId);
    BoardWindow figures = board.windows(List.of(window)).get(0);
    publisher.publish(window.siteId(), BoardPublisher.BoardMessage.window(figures));
  }
}
