package org.cloudwindow.server.notice;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicBaseUrl the address residents' phones reach the server at; the acceptance notice's
 *     QR code opens {@code <publicBaseUrl>/track?case=<number>}. The default only suits a demo on
 *     this machine: set the public HTTPS address in production
 */
@ConfigurationProperties("cloudwindow.notice")
record NoticeProperties(URI publicBaseUrl) {

  NoticeProperties {
    String scheme = publicBaseUrl.getScheme();
    if (publicBaseUrl == null || !("http".equals(scheme) || "https".equals(scheme)) || publicBaseUrl.getHost() == null) {
      throw new IllegalArgumentException("cloudwindow.notice.public-base-url must be an http(s) address, not "
          + publicBaseUrl);
    }
  }
}
