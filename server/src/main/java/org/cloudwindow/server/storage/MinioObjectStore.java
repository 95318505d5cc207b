package org.cloudwindow.server.storage;

import com.google.common.collect.ImmutableMultimap;
import com.google.common.collect.Multimap;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioAsyncClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.Item;
import io.minio.messages.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;

/**
 * Objects in one bucket of an S3-compatible server (a MinIO cluster in production, S3Mock in the
 * tests), through the MinIO client.
 *
 * <p>Whole or nothing: an S3 object only appears when its upload is complete. A small object is
 * one PUT; a larger one is a multipart upload straight to its key, whose parts stay invisible until
 * CompleteMultipartUpload and are aborted when anything fails. So no temporary object is needed and
 * a failed put leaves nothing under the key.
 *
 * <p>Never overwriting, with concurrent writers of one key: the commit (the PUT, or the
 * CompleteMultipartUpload) carries {@code If-None-Match: *}, and the server refuses it with 412
 * when the key exists. AWS S3 and MinIO check that atomically, which is what keeps writers on
 * different nodes from both winning; it is the only primitive S3 offers for this (a claim object
 * or a conditional copy would need the same condition, adding requests but no safety). Some
 * servers check the condition and then write without holding a lock (S3Mock does), so commits of
 * one key in this JVM also go one at a time (a striped lock): each then sees the object the one
 * before it wrote. A server that ignores the header would silently overwrite, so the store checks
 * at start that a second conditional PUT of a scratch object is refused, and refuses to start
 * otherwise.
 */
final class MinioObjectStore implements ObjectStore, AutoCloseable {

  /** Bytes per part of a multipart upload (S3 wants at least 5 MiB); smaller objects are one PUT. */
  static final int PART_SIZE = 10 * 1024 * 1024;

  private static final Logger log = LoggerFactory.getLogger(MinioObjectStore.class);

  private static final Multimap<String, String> IF_NONE_MATCH = ImmutableMultimap.of("If-None-Match", "*");

  private final MinioAsyncClient client;
  private final String endpoint;
  private final String bucket;
  private final ReentrantLock[] commitLocks = new ReentrantLock[64];

  /** Connects and creates the bucket when it is missing. */
  MinioObjectStore(String endpoint, String accessKey, String secretKey, String region, String bucket)
      throws IOException {
    this.endpoint = endpoint;
    this.bucket = bucket;
    this.client = MinioAsyncClient.builder().endpoint(endpoint).credentials(accessKey, secretKey).region(region)
        .build();
    // The client waits 5 minutes to connect by default: far too long for a health check.
    client.setTimeout(Duration.ofSeconds(10).toMillis(), Duration.ofMinutes(2).toMillis(),
        Duration.ofMinutes(2).toMillis());
    for (int i = 0; i < commitLocks.length; i++) {
      commitLocks[i] = new ReentrantLock();
    }
    try {
      createBucketIfMissing();
      requireConditionalWrites();
    } catch (IOException | RuntimeException e) {
      closeQuietly();
      throw e;
    }
  }

  private void createBucketIfMissing() throws IOException {
    if (call(() -> client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build()))) {
      return;
    }
    try {
      call(() -> client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build()));
      log.info("Created bucket {} at {}", bucket, endpoint);
    } catch (S3Error e) {
      // Another node starting at the same time created it.
      if (!"BucketAlreadyOwnedByYou".equals(e.code)) {
        throw e;
      }
    }
  }

  private void requireConditionalWrites() throws IOException {
    String scratch = "conditional-write-check-" + UUID.randomUUID();
    try {
      putIfAbsent(scratch, new byte[0]);
      try {
        putIfAbsent(scratch, new byte[0]);
      } catch (S3Error e) {
        if (refusedAsExisting(e)) {
          return;
        }
        throw e;
      }
      throw new IllegalStateException("The S3 server at " + endpoint + " ignores If-None-Match on PUT, so the "
          + "object store could not refuse to overwrite an object; use a server with conditional writes "
          + "(MinIO or AWS S3 since 2024)");
    } finally {
      call(() -> client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(scratch).build()));
    }
  }

  @Override
  public StoredObject put(String key, InputStream content) throws IOException {
    ObjectKeys.checked(key);
    if (exists(key)) {
      throw new ObjectExistsException(key);
    }
    MessageDigest sha256 = sha256();
    InputStream in = new DigestInputStream(content, sha256);
    byte[] first = in.readNBytes(PART_SIZE);
    long size;
    if (first.length < PART_SIZE) {
      commit(key, () -> putIfAbsent(key, first));
      size = first.length;
    } else {
      size = putInParts(key, first, in);
    }
    return new StoredObject(key, size, HexFormat.of().formatHex(sha256.digest()));
  }

  /** Uploads the parts one after the other (one part in memory at a time) and commits them. */
  private long putInParts(String key, byte[] first, InputStream in) throws IOException {
    String uploadId = call(() -> client.createMultipartUploadAsync(bucket, null, key, null, null)).result().uploadId();
    boolean completed = false;
    try {
      List<Part> parts = new ArrayList<>();
      long size = 0;
      byte[] part = first;
      while (part.length > 0) {
        int number = parts.size() + 1;
        byte[] data = part;
        String etag = call(() -> client.uploadPartAsync(bucket, null, key, data, data.length, uploadId, number,
            null, null)).etag();
        parts.add(new Part(number, etag));
        size += data.length;
        if (data.length < PART_SIZE) {
          break;
        }
        part = in.readNBytes(PART_SIZE);
      }
      Part[] all = parts.toArray(Part[]::new);
      commit(key, () -> call(() -> client.completeMultipartUploadAsync(bucket, null, key, uploadId, all,
          IF_NONE_MATCH, null)));
      completed = true;
      return size;
    } finally {
      if (!completed) {
        abort(key, uploadId);
      }
    }
  }

  private void putIfAbsent(String key, byte[] content) throws IOException {
    call(() -> client.putObject(PutObjectArgs.builder().bucket(bucket).object(key)
        .stream(new ByteArrayInputStream(content), content.length, PART_SIZE)
        .headers(Map.of("If-None-Match", "*"))
        .build()));
  }

  private void abort(String key, String uploadId) {
    try {
      call(() -> client.abortMultipartUploadAsync(bucket, null, key, uploadId, null, null));
    } catch (IOException | RuntimeException e) {
      // The server drops stale uploads itself (MinIO after a day; AWS with a lifecycle rule).
      log.warn("Could not abort the upload {} of {}: {}", uploadId, key, e.toString());
    }
  }

  /** Makes the object visible under its key, unless the key is taken (see the class comment). */
  private void commit(String key, Write write) throws IOException {
    ReentrantLock lock = commitLocks[Math.floorMod(key.hashCode(), commitLocks.length)];
    lock.lock();
    try {
      write.run();
    } catch (S3Error e) {
      if (refusedAsExisting(e)) {
        throw new ObjectExistsException(key);
      }
      throw e;
    } finally {
      lock.unlock();
    }
  }

  private static boolean refusedAsExisting(S3Error e) {
    return e.status == 412 || "PreconditionFailed".equals(e.code);
  }

  @Override
  public Optional<Resource> get(String key) {
    ObjectKeys.checked(key);
    try {
      return stat(key).map(s -> new ObjectResource(key, s.size(), s.lastModified().toInstant().toEpochMilli()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean exists(String key) {
    ObjectKeys.checked(key);
    try {
      return stat(key).isPresent();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void delete(String key) {
    ObjectKeys.checked(key);
    try {
      call(() -> client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<String> list(String prefix) {
    List<String> keys = new ArrayList<>();
    for (Result<Item> result : client.listObjects(
        ListObjectsArgs.builder().bucket(bucket).prefix(prefix).recursive(true).build())) {
      try {
        keys.add(result.get().objectName());
      } catch (Exception e) {
        throw new UncheckedIOException(failure(e));
      }
    }
    keys.sort(null);
    return keys;
  }

  @Override
  public Map<String, Object> probe() throws IOException {
    if (!call(() -> client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build()))) {
      throw new IOException("bucket " + bucket + " does not exist at " + endpoint);
    }
    return Map.of("type", "s3", "endpoint", endpoint, "bucket", bucket);
  }

  @Override
  public void close() throws Exception {
    client.close();
  }

  private void closeQuietly() {
    try {
      client.close();
    } catch (Exception e) {
      log.debug("Could not close the S3 client", e);
    }
  }

  private Optional<StatObjectResponse> stat(String key) throws IOException {
    try {
      return Optional.of(call(() -> client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build())));
    } catch (S3Error e) {
      if (e.status == 404 && !"NoSuchBucket".equals(e.code)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Sends a request and waits for its answer; S3 error answers become {@link S3Error}. */
  private static <T> T call(Request<T> request) throws IOException {
    try {
      return request.send().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the object store");
    } catch (Exception e) {
      throw failure(e);
    }
  }

  private static IOException failure(Throwable e) {
    Throwable cause = e;
    while ((cause instanceof ExecutionException || cause instanceof CompletionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof ErrorResponseException error) {
      return new S3Error(error);
    }
    if (cause instanceof IOException io) {
      return io;
    }
    return new IOException("object store request failed: " + cause, cause);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @FunctionalInterface
  private interface Request<T> {
    CompletableFuture<T> send() throws Exception;
  }

  @FunctionalInterface
  private interface Write {
    void run() throws IOException;
  }

  /** An error answer of the S3 server: its code (such as {@code NoSuchKey}) and HTTP status. */
  static final class S3Error extends IOException {
    final @Nullable String code;
    final int status;

    S3Error(ErrorResponseException e) {
      super(e.getMessage(), e);
      this.code = e.errorResponse() == null ? null : e.errorResponse().code();
      this.status = e.response() == null ? 0 : e.response().code();
    }
  }

  /**
   * An object for reading. Its stream opens the object only when first read, so a skip before that
   * (how Spring serves an HTTP range request) becomes a ranged GET instead of a download of the
   * bytes before the range.
   */
  private final class ObjectResource extends AbstractResource {
    private final String key;
    private final long size;
    private final long lastModified;

    ObjectResource(String key, long size, long lastModified) {
      this.key = key;
      this.size = size;
      this.lastModified = lastModified;
    }

    @Override
    public InputStream getInputStream() {
      return new ObjectStream(key, size);
    }

    @Override
    public boolean exists() {
      return true;
    }

    @Override
    public long contentLength() {
      return size;
    }

    @Override
    public long lastModified() {
      return lastModified;
    }

    @Override
    public String getFilename() {
      return key.substring(key.lastIndexOf('/') + 1);
    }

    @Override
    public String getDescription() {
      return "S3 object [" + bucket + "/" + key + "]";
    }
  }

  private final class ObjectStream extends InputStream {
    private final String key;
    private final long size;
    private long offset;
    private @Nullable InputStream body;

    ObjectStream(String key, long size) {
      this.key = key;
      this.size = size;
    }

    private InputStream body() throws IOException {
      if (body == null) {
        long from = offset;
        body = from >= size ? InputStream.nullInputStream()
            : call(() -> client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).offset(from).build()));
      }
      return body;
    }

    @Override
    public int read() throws IOException {
      return body().read();
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
      return body().read(buffer, off, len);
    }

    @Override
    public long skip(long n) throws IOException {
      if (body != null) {
        return body.skip(n);
      }
      long skipped = Math.max(0, Math.min(n, size - offset));
      offset += skipped;
      return skipped;
    }

    @Override
    public void close() throws IOException {
      if (body != null) {
        body.close();
      }
    }
  }
}
