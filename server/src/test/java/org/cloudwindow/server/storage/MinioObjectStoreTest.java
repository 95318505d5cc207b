package org.cloudwindow.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minio.MinioAsyncClient;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
