package org.cloudwindow.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.cloudwindow.server.support.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command serves HTTPS beside HTTP with a certificate it generates and keeps. */
class HttpsConnectorIT {

  @TempDir
  Path data;

  @Test
  void servesHttpsWithTheGeneratedCertificate() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    try (var app = Launcher.start("demo", "--cloudwindow.embedded-db.data-directory=",
        "--cloudwindow.tls.directory=" + data, "--cloudwindow.tls.port=" + port)) {
      X509Certificate[] seen = new X509Certificate[1];
      SSLContext ssl = SSLContext.getInstance("TLS");
      ssl.init(null, new TrustManager[] {new RecordingTrustManager(seen)}, null);
      HttpClient client = HttpClient.newBuilder().sslContext(ssl).build();

      var response = client.send(HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/actuator/health")).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("\"UP\"");
      assertThat(seen[0].getSubjectX500Principal().getName()).contains("CloudWindow");
      assertThat(data.resolve("cloudwindow.p12")).exists();
    }
  }

  /** Accepts the self-signed certificate, as a person does once on each tablet, and notes it. */
  private record RecordingTrustManager(X509Certificate[] seen) implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
      seen[0] = chain[0];
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
