package org.cloudwindow.server.support;

import java.lang.reflect.Type;
import java.net.HttpCookie;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.CompositeMessageConverter;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.converter.MessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.JsonNode;

/**
 * A real STOMP client over WebSocket, signed in with the session cookie of an {@link ApiClient},
 * as a browser would be. Frames arrive as JSON trees in per-destination queues.
 */
public final class StompTestClient implements AutoCloseable {

  private final StompSession session;
  private final CompletableFuture<String> error = new CompletableFuture<>();

  private StompTestClient(StompSession session) {
    this.session = session;
  }

  public static StompTestClient connect(int port, ApiClient signedIn) throws Exception {
    return connect(port, signedIn.cookie("SESSION").map(HttpCookie::toString).orElseThrow());
  }

  /** Connects with the given Cookie header, or none when null (an anonymous browser). */
  public static StompTestClient connect(int port, @org.jspecify.annotations.Nullable String cookie) throws Exception {
    // A browser takes frames of any size; the JSR-356 client stops at 8 KB unless told otherwise.
    var container = jakarta.websocket.ContainerProvider.getWebSocketContainer();
    container.setDefaultMaxTextMessageBufferSize(1 << 20);
    WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient(container));
    client.setInboundMessageSizeLimit(1 << 20);
    client.setMessageConverter(new CompositeMessageConverter(List.of(new RawBytes(), new JacksonJsonMessageConverter())));
    WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
    if (cookie != null) {
      headers.add("Cookie", cookie);
    }
    headers.setOrigin("http://127.0.0.1:" + port);
    var handler = new Handler();
    StompSession session = client.connectAsync("ws://127.0.0.1:" + port + "/ws", headers, handler)
        .get(10, TimeUnit.SECONDS);
    StompTestClient stomp = new StompTestClient(session);
    handler.owner = stomp;
    return stomp;
  }

  /** Subscribes and returns the queue its messages land in. */
  public BlockingQueue<JsonNode> subscribe(String destination) {
    BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    session.subscribe(destination, new StompFrameHandler() {
      @Override
      public Type getPayloadType(StompHeaders headers) {
        return JsonNode.class;
      }

      @Override
      public void handleFrame(StompHeaders headers, Object payload) {
        messages.add((JsonNode) payload);
      }
    });
    return messages;
  }

  /** Sends a JSON payload to an application destination ({@code /app/...}). */
  public void send(String destination, Object payload) {
    session.send(destination, payload);
  }

  /** Subscribes and only counts the frames, without parsing them (many cheap tablets in benchmarks). */
  public void subscribeCounting(String destination, java.util.concurrent.atomic.AtomicLong counter) {
    session.subscribe(destination, new StompFrameHandler() {
      @Override
      public Type getPayloadType(StompHeaders headers) {
        return byte[].class;
      }

      @Override
      public void handleFrame(StompHeaders headers, Object payload) {
        counter.incrementAndGet();
      }
    });
  }

  /** Subscribes with a callback run on the client's receiving thread. */
  public void subscribeWith(String destination, java.util.function.Consumer<JsonNode> handler) {
    session.subscribe(destination, new StompFrameHandler() {
      @Override
      public Type getPayloadType(StompHeaders headers) {
        return JsonNode.class;
      }

      @Override
      public void handleFrame(StompHeaders headers, Object payload) {
        handler.accept((JsonNode) payload);
      }
    });
  }

  /** Waits for a message matching the test, skipping others; fails after the timeout. */
  public static JsonNode await(BlockingQueue<JsonNode> messages, java.util.function.Predicate<JsonNode> test,
      long millis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (System.currentTimeMillis() < deadline) {
      JsonNode message = messages.poll(deadline - System.currentTimeMillis(), TimeUnit.MILLISECONDS);
      if (message != null && test.test(message)) {
        return message;
      }
    }
    throw new AssertionError("no matching message within " + millis + " ms");
  }

  /** The ERROR frame the server sent, if one arrives within the timeout. */
  public String awaitError(long millis) throws Exception {
    return error.get(millis, TimeUnit.MILLISECONDS);
  }

  public boolean connected() {
    return session.isConnected();
  }

  @Override
  public void close() {
    if (session.isConnected()) {
      session.disconnect();
    }
  }

  /** Hands over the frame's bytes when asked for bytes; JSON is left to the next converter. */
  private static final class RawBytes implements MessageConverter {
    @Override
    public Object fromMessage(Message<?> message, Class<?> targetClass) {
      return targetClass == byte[].class ? message.getPayload() : null;
    }

    @Override
    public Message<?> toMessage(Object payload, MessageHeaders headers) {
      return null;
    }
  }

  private static final class Handler extends StompSessionHandlerAdapter {
    StompTestClient owner;

    @Override
    public void handleFrame(StompHeaders headers, Object payload) {
      if (owner != null) {
        owner.error.complete(headers.getFirst("message") + "");
      }
    }

    @Override
    public Type getPayloadType(StompHeaders headers) {
      return byte[].class; // ERROR frames carry text; only their headers are read
    }

    @Override
    public void handleTransportError(StompSession s, Throwable exception) {
      if (owner != null) {
        owner.error.complete("transport closed: " + exception.getMessage());
      }
    }

    @Override
    public void handleException(StompSession s, org.springframework.messaging.simp.stomp.StompCommand command,
        StompHeaders headers, byte[] payload, Throwable exception) {
      if (owner != null) {
        owner.error.complete(exception.getMessage());
      }
    }
  }

}
