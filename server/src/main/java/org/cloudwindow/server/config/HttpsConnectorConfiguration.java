package org.cloudwindow.server.config;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds the HTTPS connector beside the plain HTTP one (see {@link TlsProperties}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "cloudwindow.tls", name = "enabled", havingValue = "true")
class HttpsConnectorConfiguration {

  @Bean
  HttpsConnector httpsConnector(TlsProperties properties, Clock clock)
      throws IOException, GeneralSecurityException {
    var certificate = new SelfSignedCertificate(Path.of(properties.directory()), clock);
    String password = certificate.ensure();
    Connector connector = new Connector(Http11NioProtocol.class.getName());
    connector.setPort(properties.port());
    connector.setScheme("https");
    connector.setSecure(true);
    var protocol = (Http11NioProtocol) connector.getProtocolHandler();
    protocol.setSSLEnabled(true);
    var hostConfig = new SSLHostConfig();
    var keyCertificate = new SSLHostConfigCertificate(hostConfig, SSLHostConfigCertificate.Type.UNDEFINED);
    keyCertificate.setCertificateKeystoreFile(certificate.keyStore().toAbsolutePath().toString());
    keyCertificate.setCertificateKeystorePassword(password);
    keyCertificate.setCertificateKeystoreType("PKCS12");
    keyCertificate.setCertificateKeyAlias(SelfSignedCertificate.ALIAS);
    hostConfig.addCertificate(keyCertificate);
    protocol.addSslHostConfig(hostConfig);
    return new HttpsConnector(connector);
  }

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> httpsConnectorCustomizer(HttpsConnector https) {
    return factory -> factory.addAdditionalConnectors(https.connector());
  }

  /** Holds the connector so the start-up report can read the port it really bound. */
  record HttpsConnector(Connector connector) {
    int localPort() {
      return connector.getLocalPort();
    }
  }
}
