package org.cloudwindow.server.web;

import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;

/**
 * Headers for messages the server sends to {@code /user/...} destinations. With ordered
 * handling per user turned on, Spring's user-destination handler adds a header to each message it
 * has to queue, which fails on the immutable headers that a plain {@code convertAndSendToUser}
 * produces ("Expected mutable SimpMessageHeaderAccessor", seen under load in the queue
 * benchmark); sending with headers left mutable avoids it.
 */
public final class OutboundHeaders {

  private OutboundHeaders() {}

  public static MessageHeaders mutable() {
    SimpMessageHeaderAccessor accessor = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
    accessor.setLeaveMutable(true);
    return accessor.getMessageHeaders();
  }
}
