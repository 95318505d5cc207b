package org.cloudwindow.server.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A key store holding one self-signed server certificate, generated on first use and kept.
 * The certificate names localhost, 127.0.0.1 and the machine's LAN addresses at generation time.
 */
final class SelfSignedCertificate {

  static final String ALIAS = "cloudwindow";
  private static final String STORE_FILE = "cloudwindow.p12";
  private static final String PASSWORD_FILE = "keystore.password";
  // Browsers cap publicly trusted certificates near 13 months; a self-signed one is accepted by
  // hand anyway, and a long life spares every tablet a new warning each year.
  private static final Duration VALIDITY = Duration.ofDays(3650);
  private static final Duration RENEW_BEFORE = Duration.ofDays(30);

  private final Path directory;
  private final Clock clock;

  SelfSignedCertificate(Path directory, Clock clock) {
    this.directory = directory;
    this.clock = clock;
  }

  Path keyStore() {
    return directory.resolve(STORE_FILE);
  }

  /** Returns the key store's password, creating the key store first if it is missing or expiring. */
  String ensure() throws IOException, GeneralSecurityException {
    Path store = keyStore();
    Path passwordFile = directory.resolve(PASSWORD_FILE);
    if (Files.exists(store) && Files.exists(passwordFile)) {
      String password = Files.readString(passwordFile).trim();
      if (!expiresSoon(store, password)) {
        return password;
      }
    }
    Files.createDirectories(directory);
    String password = randomPassword();
    KeyStore keyStore = generate(password);
    Path temporary = Files.createTempFile(directory, "keystore", ".tmp");
    try (OutputStream out = Files.newOutputStream(temporary)) {
      keyStore.store(out, password.toCharArray());
    }
    writeSecret(passwordFile, password);
    Files.move(temporary, store, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return password;
  }

  private boolean expiresSoon(Path store, String password) throws IOException, GeneralSecurityException {
    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keyStore.load(in, password.toCharArray());
    }
    var certificate = (X509Certificate) keyStore.getCertificate(ALIAS);
    return certificate == null
        || certificate.getNotAfter().toInstant().isBefore(clock.instant().plus(RENEW_BEFORE));
  }

  private KeyStore generate(String password) throws GeneralSecurityException, IOException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair keyPair = generator.generateKeyPair();
    Instant now = clock.instant();
    X500Name subject = new X500Name("CN=CloudWindow self-signed, O=CloudWindow");
    var builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, new SecureRandom()),
        Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(VALIDITY)), subject,
        keyPair.getPublic());
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
    builder.addExtension(Extension.subjectAlternativeName, false, subjectAlternativeNames());
    try {
      var signer = new JcaContentSignerBuilder("SHA256withRSA").build(keyPair.getPrivate());
      X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(builder.build(signer));
      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      keyStore.load(null, null);
      keyStore.setKeyEntry(ALIAS, keyPair.getPrivate(), password.toCharArray(),
          new java.security.cert.Certificate[] {certificate});
      return keyStore;
    } catch (OperatorCreationException e) {
      throw new GeneralSecurityException("Cannot sign the self-signed certificate", e);
    }
  }

  private static GeneralNames subjectAlternativeNames() {
    List<GeneralName> names = new ArrayList<>();
    names.add(new GeneralName(GeneralName.dNSName, "localhost"));
    for (String address : localAddresses()) {
      names.add(new GeneralName(GeneralName.iPAddress, address));
    }
    return new GeneralNames(names.toArray(GeneralName[]::new));
  }

  /** 127.0.0.1 and the IPv4 addresses of the machine's interfaces that are up. */
  static Set<String> localAddresses() {
    Set<String> addresses = new LinkedHashSet<>();
    addresses.add("127.0.0.1");
    try {
      for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (!nic.isUp()) {
          continue;
        }
        for (InetAddress address : Collections.list(nic.getInetAddresses())) {
          if (address.getAddress().length == 4 && !address.isLoopbackAddress()) {
            addresses.add(address.getHostAddress());
          }
        }
      }
    } catch (SocketException e) {
      // Without the interface list the certificate still covers localhost and 127.0.0.1.
    }
    return addresses;
  }

  private static String randomPassword() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static void writeSecret(Path file, String secret) throws IOException {
    Files.writeString(file, secret);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: the directory's own permissions protect it.
    }
  }
}
