package org.cloudwindow.server.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import javax.imageio.ImageIO;
import org.cloudwindow.server.support.ApiClient;
import org.cloudwindow.server.support.CallFixture;
import org.cloudwindow.server.support.IntegrationTest;
import org.cloudwindow.server.support.StompTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What a call keeps as evidence: recordings uploaded in chunks, and document stills. */
@IntegrationTest
class CallEvidenceIT {

  @LocalServerPort
  int port;

  @Autowired
  RecordingService recordings;

  @Test
  void recordingChunksAreJoinedInOrderOnceAndPlayedWithRanges() throws Exception {
    var call = new CallFixture(port, "worker-shiqi", "clerk-shiqi", 960);
    try (var workerStomp = StompTestClient.connect(port, call.worker)) {
      var workerSignals = workerStomp.subscribe("/user/queue/signal");
      Thread.sleep(300);
      call.join(call.clerk, "c");
      call.join(call.worker, "w");
      assertThat(call.worker.post("/api/calls/" + call.callId + "/recordings", Map.of()).status())
          .as("only the clerk records").isEqualTo(403);
      JsonNode started = call.clerk.post("/api/calls/" + call.callId + "/recordings", Map.of()).json();
      String id = started.path("id").asString();
      assertThat(StompTestClient.await(workerSignals, m -> m.path("type").asString().equals("recording"), 5_000)
          .path("recording").asBoolean()).isTrue();
      assertThat(call.worker.get("/api/calls/" + call.callId).json().path("recording").asBoolean()).isTrue();
      assertThat(call.clerk.post("/api/calls/" + call.callId + "/recordings", Map.of()).problemCode())
          .isEqualTo("call.recording-running");

      String chunks = "/api/calls/" + call.callId + "/recordings/" + id + "/chunks/";
      byte[][] parts = {bytes(1000, 1), bytes(2000, 2), bytes(1500, 3)};
      assertThat(put(call.clerk, chunks + 0, parts[0], 2000).json().path("nextSeq").asInt()).isEqualTo(1);
      ApiClient.Response gap = put(call.clerk, chunks + 2, parts[2], 6000);
      assertThat(gap.problemCode()).isEqualTo("call.chunk-gap");
      assertThat(gap.json().path("expected").asInt()).isEqualTo(1);
      assertThat(put(call.clerk, chunks + 1, parts[1], 4000).json().path("nextSeq").asInt()).isEqualTo(2);
      // A resend after a lost answer is acknowledged without being stored twice.
      assertThat(put(call.clerk, chunks + 1, parts[1], 4000).json().path("nextSeq").asInt()).isEqualTo(2);
      assertThat(put(call.worker, chunks + 2, parts[2], 6000).status()).isEqualTo(403);
      assertThat(put(call.clerk, chunks + 2, parts[2], 6000).json().path("sizeBytes").asLong()).isEqualTo(4500);

      JsonNode stopped = call.clerk.post("/api/calls/" + call.callId + "/recordings/" + id + "/stop",
          Map.of("durationMs", 6100)).json();
      assertThat(stopped.path("state").asString()).isEqualTo("STOPPED");
      assertThat(stopped.path("durationMs").asLong()).isEqualTo(6100);
      assertThat(stopped.path("sizeBytes").asLong()).isEqualTo(4500);
      byte[] whole = concat(parts);
      assertThat(stopped.path("sha256").asString()).isEqualTo(sha256(whole));
      assertThat(StompTestClient.await(workerSignals,
          m -> m.path("type").asString().equals("recording") && !m.path("recording").asBoolean(), 5_000)).isNotNull();

      HttpResponse<byte[]> full = call.clerk.getBytes("/api/recordings/" + id + "/content");
      assertThat(full.statusCode()).isEqualTo(200);
      assertThat(full.body()).isEqualTo(whole);
      assertThat(full.headers().firstValue("Content-Type")).hasValue("video/webm");
      assertThat(full.headers().firstValue("Cache-Control").orElse("")).contains("private");
      HttpResponse<byte[]> range = call.clerk.getBytes("/api/recordings/" + id + "/content", "Range", "bytes=1000-2999");
      assertThat(range.statusCode()).isEqualTo(206);
      assertThat(range.body()).isEqualTo(Arrays.copyOfRange(whole, 1000, 3000));

      assertThat(call.worker.getBytes("/api/recordings/" + id + "/content").statusCode())
          .as("playback is for the clerk and coordinators").isEqualTo(404);
      var coordinator = new ApiClient(port).signedInAs("coordinator");
      assertThat(coordinator.getBytes("/api/recordings/" + id + "/content").statusCode()).isEqualTo(200);
      var otherTown = new ApiClient(port).signedInAs("coordinator-gaoqiao");
      assertThat(otherTown.getBytes("/api/recordings/" + id + "/content").statusCode()).isEqualTo(404);

      assertThat(call.clerk.get("/api/calls/" + call.callId + "/history").json().findValuesAsString("kind"))
          .contains("RECORDING_STARTED", "RECORDING_NOTICE", "RECORDING_STOPPED");
    } finally {
      call.close();
    }
  }

  @Test
  void aRecordingWhoseBrowserDiedKeepsWhatArrived() throws Exception {
    var call = new CallFixture(port, "worker-gaoqiao", "clerk-gaoqiao", 961);
    try {
      call.join(call.clerk, "c");
      String id = call.clerk.post("/api/calls/" + call.callId + "/recordings", Map.of()).json().path("id").asString();
      String chunks = "/api/calls/" + call.callId + "/recordings/" + id + "/chunks/";
      put(call.clerk, chunks + 0, bytes(700, 7), 2000);
      put(call.clerk, chunks + 1, bytes(900, 8), 4000);

      recordings.closeIdle(Instant.now().plusSeconds(600));

      JsonNode kept = call.clerk.get("/api/calls/" + call.callId + "/recordings").json().get(0);
      assertThat(kept.path("state").asString()).isEqualTo("STOPPED");
      assertThat(kept.path("sizeBytes").asLong()).isEqualTo(1600);
      assertThat(kept.path("durationMs").asLong()).isEqualTo(4000);
      assertThat(kept.path("sha256").asString()).isEqualTo(sha256(concat(new byte[][] {bytes(700, 7), bytes(900, 8)})));
      assertThat(put(call.clerk, chunks + 2, bytes(10, 9), 6000).problemCode()).isEqualTo("call.recording-stopped");
    } finally {
      call.close();
    }
  }

  @Test
  void theClerkAsksTheTabletForAStillAndBothSeeIt() throws Exception {
    var call = new CallFixture(port, "worker-gulin", "clerk-gulin", 962);
    try (var workerStomp = StompTestClient.connect(port, call.worker);
        var clerkStomp = StompTestClient.connect(port, call.clerk)) {
      var workerSignals = workerStomp.subscribe("/user/queue/signal");
      var clerkSignals = clerkStomp.subscribe("/user/queue/signal");
      Thread.sleep(300);
      call.join(call.clerk, "c");
      call.join(call.worker, "w");

      assertThat(call.clerk.post("/api/calls/" + call.callId + "/still-requests", Map.of()).status()).isEqualTo(202);
      StompTestClient.await(workerSignals, m -> m.path("type").asString().equals("still-request"), 5_000);

      ApiClient.Response uploaded = call.worker.postFile("/api/calls/" + call.callId + "/stills", "id-card.png",
          "image/png", png(1920, 1080), "source", "camera");
      assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
      JsonNode still = uploaded.json();
      assertThat(still.path("width").asInt()).isEqualTo(1920);
      assertThat(still.path("source").asString()).isEqualTo("camera");
      String stillId = StompTestClient.await(clerkSignals, m -> m.path("type").asString().equals("still"), 5_000)
          .path("stillId").asString();
      assertThat(stillId).isEqualTo(still.path("id").asString());

      HttpResponse<byte[]> image = call.clerk.getBytes("/api/stills/" + stillId + "/content");
      assertThat(image.statusCode()).isEqualTo(200);
      BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.body()));
      assertThat(decoded.getWidth()).isEqualTo(1920);
      assertThat(image.body()[0] & 0xff).as("re-encoded as JPEG").isEqualTo(0xff);
      assertThat(call.worker.get("/api/calls/" + call.callId + "/stills").json().size()).isEqualTo(1);

      var stranger = new ApiClient(port).signedInAs("worker-liangzhu");
      assertThat(stranger.getBytes("/api/stills/" + stillId + "/content").statusCode()).isEqualTo(404);
      assertThat(call.worker.postFile("/api/calls/" + call.callId + "/stills", "evil.jpg", "image/jpeg",
          "MZ\u0090\u0000 this is a program".getBytes(StandardCharsets.ISO_8859_1), "source", "camera").problemCode())
          .isEqualTo("call.not-an-image");
      byte[] truncated = Arrays.copyOf(png(800, 600), 60);
      assertThat(call.worker.postFile("/api/calls/" + call.callId + "/stills", "cut.png", "image/png", truncated)
          .problemCode()).isEqualTo("call.not-an-image");
      assertThat(call.worker.post("/api/calls/" + call.callId + "/still-requests", Map.of()).status())
          .as("only the clerk asks").isEqualTo(403);
    } finally {
      call.close();
    }
  }

  private static ApiClient.Response put(ApiClient who, String path, byte[] body, long elapsedMs) {
    return who.putBytes(path, "video/webm", body, "X-Recording-Elapsed-Ms", String.valueOf(elapsedMs));
  }

  private static byte[] bytes(int size, int seed) {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) (i * 31 + seed);
    }
    return bytes;
  }

  private static byte[] concat(byte[][] parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static byte[] png(int width, int height) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(new Color(30, 90, 160));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.WHITE);
    g.fillRect(width / 10, height / 10, width / 2, height / 3);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
