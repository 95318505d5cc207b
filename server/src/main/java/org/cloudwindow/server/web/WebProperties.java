package org.cloudwindow.server.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param allowedOrigins origins besides the server's own that may open the {@code /ws} STOMP
 *     connection, e.g. the Vite dev server {@code http://localhost:5173}; empty by default so only
 *     pages served by CloudWindow itself connect
 */
@ConfigurationProperties("cloudwindow.web")
record WebProperties(List<String> allowedOrigins) {

  WebProperties {
    allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
  }
}
