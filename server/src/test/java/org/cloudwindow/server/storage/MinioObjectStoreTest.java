package org.cloudwindow.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.minio.MinioAsyncClient;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The contract against S3Mock, a real S3-compatible server, and what only S3 has. */
class MinioObjectStoreTest extends ObjectStoreContract {

  private final String bucket = "t-" + UUID.randomUUID();
  private MinioObjectStore store;
  /** Another server node using the same bucket: it shares nothing in memory with {@link #store}. */
  private MinioObjectStore otherNode;
  private MinioAsyncClient client;

  @BeforeEach
  void open() throws Exception {
    // A bucket per test, created by the store, so tests share no keys.
    store = new MinioObjectStore(S3MockServer.endpoint(), "any", "any", "us-east-1", bucket);
    otherNode = new MinioObjectStore(S3MockServer.endpoint(), "any", "any", "us-east-1", bucket);
    client = MinioAsyncClient.builder().endpoint(S3MockServer.endpoint()).credentials("any", "any").build();
  }

  @AfterEach
  void close() throws Exception {
    store.close();
    otherNode.close();
    client.close();
  }

  @Override
  ObjectStore store() {
    return store;
  }

  @Test
  void theServerRefusesTheCommitWhenAnotherNodeWroteTheKeyDuringTheUpload() throws Exception {
    byte[] theirs = random(1_000, 1);
    InputStream ours = whileReading(new ByteArrayInputStream(random(2_000, 2)),
        () -> otherNode.put("taken/small", new ByteArrayInputStream(theirs)));
    assertThatThrownBy(() -> store.put("taken/small", ours)).isInstanceOf(ObjectStore.ObjectExistsException.class);
    try (InputStream in = store.get("taken/small").orElseThrow().getInputStream()) {
      assertThat(in.readAllBytes()).isEqualTo(theirs);
    }
  }

  /**
   * The other node's object is not checked afterwards: S3Mock's AbortMultipartUpload also unlinks
   * the key from the bucket even when another upload's object is there (its MultipartService),
   * which S3 and MinIO do not do.
   */
  @Test
  void aRefusedMultipartUploadIsAborted() throws Exception {
    InputStream ours = whileReading(new ByteArrayInputStream(random(MinioObjectStore.PART_SIZE + 1_000, 4)),
        () -> otherNode.put("taken/large", new ByteArrayInputStream(random(1_000, 3))));
    assertThatThrownBy(() -> store.put("taken/large", ours)).isInstanceOf(ObjectStore.ObjectExistsException.class);
    assertThat(uploadsInProgress()).isEmpty();
  }

  @Test
  void aStreamBreakingAfterTheFirstPartLeavesNoObjectAndNoUpload() throws Exception {
    InputStream breaksInTheSecondPart = new InputStream() {
      private long sent;

      @Override
      public int read() throws IOException {
        if (sent++ > MinioObjectStore.PART_SIZE + 1_000) {
          throw new IOException("connection lost");
        }
        return 7;
      }
    };
    assertThatThrownBy(() -> store.put("half/large", breaksInTheSecondPart)).isInstanceOf(IOException.class)
        .hasMessage("connection lost");
    assertThat(store.exists("half/large")).isFalse();
    assertThat(uploadsInProgress()).isEmpty();
  }

  @Test
  void anObjectOfExactlyOnePartIsStoredWhole() throws Exception {
    byte[] content = random(MinioObjectStore.PART_SIZE, 6);
    assertThat(store.put("one/part", new ByteArrayInputStream(content)).sha256()).isEqualTo(sha256(content));
    try (InputStream in = store.get("one/part").orElseThrow().getInputStream()) {
      assertThat(sha256(in.readAllBytes())).isEqualTo(sha256(content));
    }
  }

  @Test
  void aSkipBeforeReadingIsARangedRead() throws Exception {
    byte[] content = random(3 * 1024 * 1024, 5);
    store.put("ranged/object.webm", new ByteArrayInputStream(content));
    Resource resource = store.get("ranged/object.webm").orElseThrow();
    assertThat(resource.getFilename()).isEqualTo("object.webm");
    try (InputStream in = resource.getInputStream()) {
      assertThat(in.skip(2_000_000)).isEqualTo(2_000_000);
      assertThat(in.readNBytes(10)).isEqualTo(Arrays.copyOfRange(content, 2_000_000, 2_000_010));
      assertThat(in.skip(100)).isEqualTo(100);
      assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(content, 2_000_110, content.length));
    }
    try (InputStream in = resource.getInputStream()) {
      assertThat(in.skip(content.length + 5L)).isEqualTo(content.length);
      assertThat(in.read()).isEqualTo(-1);
    }
  }

  @Test
  void springServesRangeRequestsFromIt() throws Exception {
    byte[] content = random(1_000_000, 7);
    store.put("served/video.webm", new ByteArrayInputStream(content));
    MockMvc mvc = MockMvcBuilders.standaloneSetup(new Served(store)).build();

    MvcResult whole = mvc.perform(get("/served")).andReturn();
    assertThat(whole.getResponse().getStatus()).isEqualTo(200);
    assertThat(whole.getResponse().getContentLengthLong()).isEqualTo(content.length);
    assertThat(whole.getResponse().getContentAsByteArray()).isEqualTo(content);

    MvcResult range = mvc.perform(get("/served").header(HttpHeaders.RANGE, "bytes=900000-900999")).andReturn();
    assertThat(range.getResponse().getStatus()).isEqualTo(206);
    assertThat(range.getResponse().getHeader(HttpHeaders.CONTENT_RANGE)).isEqualTo("bytes 900000-900999/1000000");
    assertThat(range.getResponse().getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(content, 900_000, 901_000));
  }

  /** Serves an object the way the recording and still controllers do. */
  @RestController
  static final class Served {
    private final ObjectStore store;

    Served(ObjectStore store) {
      this.store = store;
    }

    @GetMapping("/served")
    ResponseEntity<Resource> served() {
      return ResponseEntity.ok().contentType(MediaType.parseMediaType("video/webm"))
          .body(store.get("served/video.webm").orElseThrow());
    }
  }

  @Test
  void probeFindsTheBucketOrFails() throws Exception {
    assertThat(store.probe()).containsEntry("type", "s3").containsEntry("bucket", bucket);
    client.removeBucket(io.minio.RemoveBucketArgs.builder().bucket(bucket).build()).get();
    assertThatThrownBy(store::probe).isInstanceOf(IOException.class).hasMessageContaining("does not exist");
  }

  private List<String> uploadsInProgress() throws Exception {
    return client.listMultipartUploadsAsync(bucket, null, null, null, null, null, null, null, null, null).get()
        .result().uploads().stream().map(u -> u.objectName() + " " + u.uploadId()).toList();
  }

  @FunctionalInterface
  private interface Action {
    void run() throws Exception;
  }

  /** The stream, after running {@code action} at its first read. */
  private static InputStream whileReading(InputStream in, Action action) {
    return new FilterInputStream(in) {
      private boolean done;

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (!done) {
          done = true;
          try {
            action.run();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }
        return super.read(b, off, len);
      }
    };
  }
}
