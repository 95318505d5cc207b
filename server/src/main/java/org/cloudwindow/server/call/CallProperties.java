package org.cloudwindow.server.call;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * ICE servers and signalling limits.
 *
 * @param stunUrls STUN servers for browsers; empty on the run command (loopback and LAN need none)
 * @param turnUrls TURN servers (coturn) for browsers behind strict NATs; empty means none
 * @param turnSecret the {@code static-auth-secret} shared with coturn's {@code use-auth-secret}
 * @param turnTtl how long minted TURN credentials stay valid (1 h: longer than a call)
 * @param signalsPerSecond per STOMP connection; a browser sends a burst of candidates at the
 *     start of a call, well below 50 a second
 */
@ConfigurationProperties("cloudwindow.call")
record CallProperties(List<String> stunUrls, List<String> turnUrls, String turnSecret, Duration turnTtl,
    int signalsPerSecond) {

  CallProperties {
    stunUrls = stunUrls == null ? List.of() : List.copyOf(stunUrls);
    turnUrls = turnUrls == null ? List.of() : List.copyOf(turnUrls);
  }
}
