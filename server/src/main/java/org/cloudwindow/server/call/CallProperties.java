package org.cloudwindow.server.call;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * ICE servers, signalling limits, stills and recordings.
 *
 * @param stunUrls STUN servers for browsers; empty on the run command (loopback and LAN need none)
 * @param turnUrls TURN servers (coturn) for browsers behind strict NATs; empty means none
 * @param turnSecret the {@code static-auth-secret} shared with coturn's {@code use-auth-secret}
 * @param turnTtl how long minted TURN credentials stay valid (1 h: longer than a call)
 * @param signalsPerSecond per STOMP connection; a browser sends a burst of candidates at the
 *     start of a call, well below 50 a second
 * @param stillMaxSize a document still from a tablet's full-resolution camera stays far below
 * @param recordingChunkMaxSize a few seconds of WebM each
 * @param recordingIdleTimeout a recording without chunks for this long lost its browser: what
 *     arrived is closed off and kept
 */
@ConfigurationProperties("cloudwindow.call")
record CallProperties(List<String> stunUrls, List<String> turnUrls, String turnSecret, Duration turnTtl,
    int signalsPerSecond, DataSize stillMaxSize, DataSize recordingChunkMaxSize, Duration recordingIdleTimeout) {

  CallProperties {
    stunUrls = stunUrls == null ? List.of() : List.copyOf(stunUrls);
    turnUrls = turnUrls == null ? List.of() : List.copyOf(turnUrls);
  }
}
