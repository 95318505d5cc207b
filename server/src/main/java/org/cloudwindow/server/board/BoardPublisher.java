package org.cloudwindow.server.board;

import java.util.List;
import org.cloudwindow.server.site.Site;
import org.cloudwindow.server.site.SiteService;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/** Sends board messages to the coordinators of a site and of every site above it. */
@Component
class BoardPublisher {

  private final SimpMessagingTemplate messaging;
  private final SiteService sites;

  BoardPublisher(SimpMessagingTemplate messaging, SiteService sites) {
    this.messaging = messaging;
    this.sites = sites;
  }

  void publish(long siteId, BoardMessage message) {
    List<Site> chain = sites.ancestorChain(siteId);
    for (Site site : chain) {
      messaging.convertAndSend("/topic/board/" + site.id(), message);
    }
  }

  /** What {@code /topic/board/{siteId}} carries: a window's new figures, or an alert. */
  record BoardMessage(String type, BoardWindow window, Alert alert) {

    static BoardMessage window(BoardWindow window) {
      return new BoardMessage("window", window, null);
    }

    static BoardMessage alert(Alert alert) {
      return new BoardMessage("alert", null, alert);
    }
  }
}
