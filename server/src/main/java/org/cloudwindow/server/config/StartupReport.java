package org.cloudwindow.server.config;

import java.util.ArrayList;
import java.util.List;
import org.cloudwindow.server.config.HttpsConnectorConfiguration.HttpsConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Prints where CloudWindow can be reached once it is ready (other modules add their lines after). */
@Component
class StartupReport {

  private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

  private final ObjectProvider<HttpsConnector> https;

  StartupReport(ObjectProvider<HttpsConnector> https) {
    this.https = https;
  }

  @EventListener
  @Order(0)
  void onReady(ApplicationReadyEvent event) {
    if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
      return;
    }
    List<String> lines = new ArrayList<>();
    lines.add("CloudWindow 云窗 is ready:");
    lines.add("  http://localhost:" + web.getWebServer().getPort() + "/");
    HttpsConnector connector = https.getIfAvailable();
    if (connector != null) {
      for (String address : SelfSignedCertificate.localAddresses()) {
        lines.add("  https://" + address + ":" + connector.localPort()
            + "/  (self-signed certificate: accept it once on each tablet)");
      }
    }
    log.info(String.join(System.lineSeparator(), lines));
  }
}
