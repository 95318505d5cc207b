package org.cloudwindow.server.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.util.FileSystemUtils;

/**
 * S3Mock (an S3-compatible server) in a JVM of its own, started once for every test in this JVM
 * that needs one and stopped when the tests end. Its runnable jar is copied into
 * {@code target/s3mock/} by the build.
 */
public final class S3MockServer {

  private static String endpoint;

  private S3MockServer() {}

  /** The server's plain-HTTP URL on 127.0.0.1; starts the server the first time. */
  public static synchronized String endpoint() {
    if (endpoint == null) {
      try {
        endpoint = start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return endpoint;
  }

  private static String start() throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("s3mock.jar", "target/s3mock/s3mock-exec.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing; the Maven build copies it (mvn generate-test-resources)");
    }
    Path root = Files.createTempDirectory("s3mock-");
    Path log = Files.createTempFile("s3mock-", ".log");
    int port = freePort();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-jar", jar.toString(),
        // Plain HTTP on 127.0.0.1 for the main connector; S3Mock's extra HTTP connector (another
        // free port, on every interface) cannot be turned off.
        "--server.address=127.0.0.1", "--server.port=" + port, "--server.ssl.enabled=false",
        "--http.port=" + freePort(),
        "--com.adobe.testing.s3mock.store.root=" + root,
        "--com.adobe.testing.s3mock.max-payload-size=64MB",
        "--logging.level.root=WARN"))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      process.destroy();
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      FileSystemUtils.deleteRecursively(root.toFile());
      try {
        Files.deleteIfExists(log);
      } catch (IOException e) {
        // left in the temporary directory
      }
    }));
    String url = "http://127.0.0.1:" + port;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    // It took 3 s to start on an idle machine and 9 s under heavy load.
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("S3Mock exited with " + process.exitValue() + ":\n" + Files.readString(log));
      }
      try {
        http.send(HttpRequest.newBuilder(URI.create(url + "/")).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.discarding());
        return url;
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    process.destroy();
    throw new IllegalStateException("S3Mock did not answer within 2 minutes:\n" + Files.readString(log));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
