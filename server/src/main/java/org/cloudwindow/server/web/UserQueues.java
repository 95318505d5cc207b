package org.cloudwindow.server.web;

import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.user.SimpSession;
import org.springframework.messaging.simp.user.SimpUser;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.stereotype.Component;

/**
 * Sends to a user's {@code /user/queue/...} subscriptions, one message per open session.
 *
 * <p>Why not {@code convertAndSendToUser}: with receive order preserved (signals must be handled
 * in the order a browser sent them), Spring 7.0.8's user-destination handler queues messages per
 * session on headers it has already made immutable, and fails under load with "Expected mutable
 * SimpMessageHeaderAccessor" (found by the queue benchmark). Sending straight to the session's
 * broker destination ({@code /queue/x-user{session}}, the name Spring's resolver subscribes the
 * session to) skips that handler; the broker's own outbound ordering still applies. The frame
 * keeps {@code /user/queue/x} as its destination so clients see what they subscribed to.
 *
 * <p>Sessions are those of this node; several nodes need the broker relay's user registry.
 */
@Component
public class UserQueues {

  private final SimpMessagingTemplate messaging;
  private final SimpUserRegistry users;

  UserQueues(SimpMessagingTemplate messaging, SimpUserRegistry users) {
    this.messaging = messaging;
    this.users = users;
  }

  /** To every session of {@code username}; {@code queue} like {@code /queue/signal}. */
  public void send(String username, String queue, Object payload) {
    SimpUser user = users.getUser(username);
    if (user == null) {
      return;
    }
    for (SimpSession session : user.getSessions()) {
      sendToSession(session.getId(), queue, payload);
    }
  }

  /** To one STOMP session only, e.g. an error for the connection that caused it. */
  public void sendToSession(String sessionId, String queue, Object payload) {
    SimpMessageHeaderAccessor accessor = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
    accessor.setNativeHeader(SimpMessageHeaderAccessor.ORIGINAL_DESTINATION, "/user" + queue);
    accessor.setLeaveMutable(true);
    messaging.convertAndSend(queue + "-user" + sessionId, payload, accessor.getMessageHeaders());
  }
}
