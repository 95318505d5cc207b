package org.cloudwindow.server.call;

import java.time.Clock;
import org.cloudwindow.media.MediaEngine;
import org.cloudwindow.media.MediaListener;
import org.cloudwindow.media.Signal;
import org.cloudwindow.media.ice.IceConfiguration;
import org.cloudwindow.media.p2p.P2pEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The peer-to-peer engine (the default media plane) wired to STOMP delivery. */
@Configuration(proxyBeanMethods = false)
class MediaConfiguration {

  @Bean
  MediaEngine mediaEngine(Clock clock, CallNotifier notifier) {
    P2pEngine engine = new P2pEngine(clock);
    engine.addListener(new MediaListener() {
      @Override
      public void deliver(String roomId, String from, Signal signal) {
        notifier.deliver(roomId, from, signal);
      }
    });
    return engine;
  }

  @Bean
  IceConfiguration iceConfiguration(CallProperties properties) {
    return new IceConfiguration(properties.stunUrls(), properties.turnUrls(), properties.turnSecret(),
        properties.turnTtl());
  }
}
