package org.cloudwindow.media.ice;

import java.util.List;

/**
 * One entry of a browser's {@code RTCPeerConnection} {@code iceServers}; STUN entries have no
 * username or credential.
 */
public record IceServer(List<String> urls, String username, String credential) {

  public IceServer {
    urls = List.copyOf(urls);
  }
}
