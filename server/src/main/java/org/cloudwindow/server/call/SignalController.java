package org.cloudwindow.server.call;

import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cloudwindow.media.MediaException;
import org.cloudwindow.media.Signal;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.web.ApiException;
import org.cloudwindow.server.web.ProblemCode;
import org.cloudwindow.server.web.UserQueues;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * Thin STOMP handler for signalling: a typed payload, a membership check in the service, and
 * errors back to the sender only on {@code /user/queue/errors}. Each connection may send at most
 * {@code cloudwindow.call.signals-per-second}.
 */
@Controller
class SignalController {

  private final CallService calls;
  private final CallProperties properties;
  private final UserQueues userQueues;
  private final Map<String, RateWindow> rates = new ConcurrentHashMap<>();

  SignalController(CallService calls, CallProperties properties, UserQueues userQueues) {
    this.calls = calls;
    this.properties = properties;
    this.userQueues = userQueues;
  }

  /** A signal frame's body: an offer's SDP is a few KB; a frame this large is not a signal. */
  static final int MAX_FRAME_BYTES = 64 * 1024;

  @MessageMapping("/calls/{id}/signal")
  void signal(@DestinationVariable String id, @Payload SignalMessage message, Principal principal,
      SimpMessageHeaderAccessor headers, Message<?> frame) {
    if (frame.getPayload() instanceof byte[] body && body.length > MAX_FRAME_BYTES) {
      throw new ApiException(CallProblem.SIGNAL_TOO_LARGE, MAX_FRAME_BYTES / 1024);
    }
    limit(headers);
    Signal signal = message.toSignal();
    if (signal instanceof Signal.Hangup hangup && hangup.to().isEmpty()) {
      calls.hangUp(user(principal), id);
    } else {
      calls.signal(user(principal), id, signal);
    }
  }

  /**
   * A page's join over its STOMP connection, answered to that connection only with the call as
   * {@code POST /api/calls/{id}/join} gives it ({@code type: join-answer}). It leaves the browser at
   * once, where the HTTP request waited for the page's busy main thread, and skips the HTTP
   * session's database round trips; frames are handled in order, so the page's first offer comes
   * after it. A refusal goes to {@code /user/queue/errors} like a refused signal.
   */
  @MessageMapping("/calls/{id}/join")
  void join(@DestinationVariable String id, @Payload JoinRequest join, Principal principal,
      SimpMessageHeaderAccessor headers) {
    String session = limit(headers);
    CallView call = calls.join(user(principal), id, join.session());
    userQueues.sendToSession(session, "/queue/signal", new JoinAnswer("join-answer", id, call));
  }

  record JoinRequest(@Nullable String session) {}

  record JoinAnswer(String type, String callId, CallView call) {}

  @EventListener
  void disconnected(SessionDisconnectEvent event) {
    rates.remove(event.getSessionId());
  }

  /** Only to the connection that sent the refused signal. */
  @MessageExceptionHandler
  void refused(Exception e, SimpMessageHeaderAccessor headers) {
    String code = e instanceof ApiException api ? api.problem().code()
        : e instanceof MediaException media ? code(media)
        : CallProblem.SIGNAL_REFUSED.code();
    String session = headers.getSessionId();
    if (session != null) {
      // Which call the refused signal was for, so a page in several calls knows which to reload.
      String destination = String.valueOf(headers.getDestination());
      String callId = destination.startsWith("/app/calls/") ? destination.split("/")[3] : "";
      userQueues.sendToSession(session, "/queue/errors",
          Map.of("code", code, "message", String.valueOf(e.getMessage()), "callId", callId));
    }
  }

  /** At most {@code signals-per-second} frames per connection, joins included; the connection's id. */
  private String limit(SimpMessageHeaderAccessor headers) {
    String session = String.valueOf(headers.getSessionId());
    if (!rates.computeIfAbsent(session, key -> new RateWindow()).allow(properties.signalsPerSecond(), System.nanoTime())) {
      throw new ApiException(CallProblem.TOO_FAST);
    }
    return session;
  }

  /** A stranger learns nothing about the call, not even that it exists: not-found, as over HTTP. */
  private static String code(MediaException e) {
    return switch (e.reason()) {
      case ROOM_NOT_FOUND, NOT_A_PARTICIPANT -> ProblemCode.NOT_FOUND.code();
      default -> "call." + e.reason().name().toLowerCase().replace('_', '-');
    };
  }

  private static CurrentUser user(Principal principal) {
    if (principal instanceof Authentication authentication && authentication.getPrincipal() instanceof CurrentUser user) {
      return user;
    }
    throw new ApiException(ProblemCode.UNAUTHENTICATED);
  }

  /** Counts a connection's signals per second. */
  private static final class RateWindow {
    private long windowStart;
    private int count;

    synchronized boolean allow(int perSecond, long now) {
      if (now - windowStart > 1_000_000_000L) {
        windowStart = now;
        count = 0;
      }
      return ++count <= perSecond;
    }
  }
}
