package org.cloudwindow.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfSignedCertificateTest {

  @TempDir
  Path directory;

  @Test
  void generatesACertificateForLocalhostAndKeepsItAcrossStarts() throws Exception {
    var certificate = new SelfSignedCertificate(directory, Clock.systemUTC());
    String password = certificate.ensure();
    byte[] first = Files.readAllBytes(certificate.keyStore());

    X509Certificate x509 = load(certificate.keyStore(), password);
    List<String> names = x509.getSubjectAlternativeNames().stream().map(entry -> entry.get(1).toString()).toList();
    assertThat(names).contains("localhost", "127.0.0.1");
    x509.checkValidity();

    String again = new SelfSignedCertificate(directory, Clock.systemUTC()).ensure();
    assertThat(again).isEqualTo(password);
    assertThat(Files.readAllBytes(certificate.keyStore())).isEqualTo(first);
  }

  @Test
  void replacesACertificateThatIsAboutToExpire() throws Exception {
    Instant longAgo = Instant.now().minus(Duration.ofDays(3640));
    var old = new SelfSignedCertificate(directory, Clock.fixed(longAgo, ZoneOffset.UTC));
    String oldPassword = old.ensure();

    String password = new SelfSignedCertificate(directory, Clock.systemUTC()).ensure();

    assertThat(password).isNotEqualTo(oldPassword);
    load(old.keyStore(), password).checkValidity();
  }

  private static X509Certificate load(Path store, String password) throws Exception {
    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keyStore.load(in, password.toCharArray());
    }
    return (X509Certificate) keyStore.getCertificate(SelfSignedCertificate.ALIAS);
  }
}
