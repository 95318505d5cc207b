package org.cloudwindow.server.web;

import java.util.List;
import org.cloudwindow.server.identity.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.security.core.Authentication;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * STOMP over WebSocket at {@code /ws}: browsers send to {@code /app/...} and receive on
 * {@code /topic/...} and {@code /user/queue/...}. One node uses the in-memory broker. Messages
 * to a session keep their order. The handshake is the signed-in HTTP session (the
 * security rules require it), and every SUBSCRIBE is checked against the features' policies.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class StompConfiguration implements WebSocketMessageBrokerConfigurer {

  static final int FRAME_LIMIT = 256 * 1024;

  private final List<SubscriptionPolicy> policies;
  private final WebProperties properties;

  StompConfiguration(List<SubscriptionPolicy> policies, WebProperties properties) {
    this.policies = policies;
    this.properties = properties;
  }

  @Override
  public void registerStompEndpoints(StompEndpointRegistry registry) {
    var endpoint = registry.addEndpoint("/ws");
    if (!properties.allowedOrigins().isEmpty()) {
      endpoint.setAllowedOriginPatterns(properties.allowedOrigins().toArray(String[]::new));
    }
    // Signals of one connection must be handled in the order sent (an offer before its candidates).
    registry.setPreserveReceiveOrder(true);
  }

  @Override
  public void configureMessageBroker(MessageBrokerRegistry registry) {
    ThreadPoolTaskScheduler heartbeats = new ThreadPoolTaskScheduler();
    heartbeats.setPoolSize(1);
    heartbeats.setThreadNamePrefix("stomp-heartbeat-");
    heartbeats.initialize();
    // Heart-beats let a tablet on a flaky 4G link notice a dead connection and reconnect.
    registry.enableSimpleBroker("/topic", "/queue").setHeartbeatValue(new long[] {10_000, 10_000})
        .setTaskScheduler(heartbeats);
    registry.setApplicationDestinationPrefixes("/app");
    registry.setUserDestinationPrefix("/user");
    registry.setPreservePublishOrder(true);
  }

  /**
   * Frames up to 256 KB are read, so that a feature can refuse one over its own limit (call
   * signals: 64 KB) with an error to the sender and keep the connection; larger ones end it.
   */
  @Override
  public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
    registration.setMessageSizeLimit(FRAME_LIMIT);
  }

  /**
   * STOMP handling needs whole WebSocket messages, so the container must buffer a whole frame:
   * Tomcat's default of 8 KB would close the connection on a browser's larger SDP offers.
   */
  @Bean
  ServletServerContainerFactoryBean webSocketContainer() {
    ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
    container.setMaxTextMessageBufferSize(FRAME_LIMIT);
    container.setMaxBinaryMessageBufferSize(FRAME_LIMIT);
    return container;
  }

  @Override
  public void configureClientInboundChannel(ChannelRegistration registration) {
    registration.interceptors(new SubscriptionGuard());
  }

  private final class SubscriptionGuard implements ChannelInterceptor {
    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
      StompHeaderAccessor stomp = StompHeaderAccessor.wrap(message);
      if (stomp.getCommand() != StompCommand.SUBSCRIBE) {
        return message;
      }
      String destination = stomp.getDestination() == null ? "" : stomp.getDestination();
      CurrentUser user = stomp.getUser() instanceof Authentication authentication
          && authentication.getPrincipal() instanceof CurrentUser current ? current : null;
      if (user == null) {
        throw new MessageDeliveryException("sign in before subscribing");
      }
      if (destination.startsWith("/user/queue/")) {
        return message;
      }
      boolean allowed = policies.stream().filter(p -> p.covers(destination)).anyMatch(p -> p.allows(user, destination));
      if (!allowed) {
        throw new MessageDeliveryException("not allowed to subscribe to " + destination);
      }
      return message;
    }
  }
}
