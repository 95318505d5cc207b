package org.cloudwindow.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

/**
 * What every {@link ObjectStore} adapter must do (put, get, ranges, list, delete, overwrite refusal,
 * large objects, concurrent writers); each adapter's test extends this.
 */
abstract class ObjectStoreContract {

  abstract ObjectStore store();

  @Test
  void storesReadsListsAndDeletes() throws Exception {
    byte[] content = random(10_000, 1);
    StoredObject stored = store().put("calls/a/stills/1.jpg", new ByteArrayInputStream(content));
    assertThat(stored.size()).isEqualTo(10_000);
    assertThat(stored.sha256()).isEqualTo(sha256(content));
    Resource resource = store().get("calls/a/stills/1.jpg").orElseThrow();
    assertThat(resource.contentLength()).isEqualTo(10_000);
    try (InputStream in = resource.getInputStream()) {
      assertThat(in.readAllBytes()).isEqualTo(content);
    }
    store().put("calls/a/stills/2.jpg", new ByteArrayInputStream(new byte[0]));
    store().put("calls/b/stills/1.jpg", new ByteArrayInputStream(new byte[] {1}));
    assertThat(store().list("calls/a/")).containsExactly("calls/a/stills/1.jpg", "calls/a/stills/2.jpg");
    store().delete("calls/a/stills/1.jpg");
    store().delete("calls/a/stills/1.jpg");
    assertThat(store().exists("calls/a/stills/1.jpg")).isFalse();
    assertThat(store().get("calls/a/stills/1.jpg")).isEmpty();
  }

  @Test
  void neverOverwritesAndRefusesKeysThatEscape() throws Exception {
    store().put("k/once", new ByteArrayInputStream(new byte[] {1, 2, 3}));
    assertThatThrownBy(() -> store().put("k/once", new ByteArrayInputStream(new byte[] {9})))
        .isInstanceOf(ObjectStore.ObjectExistsException.class);
    try (InputStream in = store().get("k/once").orElseThrow().getInputStream()) {
      assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
    }
    for (String bad : List.of("../outside", "/absolute", "a/../../b", "")) {
      assertThatThrownBy(() -> store().put(bad, new ByteArrayInputStream(new byte[] {1})))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aFailedWriteLeavesNothingUnderTheKey() {
    InputStream breaksHalfway = new InputStream() {
      private int sent;

      @Override
      public int read() throws IOException {
        if (sent++ > 5_000) {
          throw new IOException("connection lost");
        }
        return 7;
      }
    };
    assertThatThrownBy(() -> store().put("half/file", breaksHalfway)).isInstanceOf(IOException.class);
    assertThat(store().exists("half/file")).isFalse();
    assertThat(store().list("half/")).isEmpty();
  }

  @Test
  void largeObjectsAndConcurrentWritersOfOneKey() throws Exception {
    byte[] large = random(24 * 1024 * 1024, 2);
    assertThat(store().put("big/object", new ByteArrayInputStream(large)).sha256()).isEqualTo(sha256(large));
    assertThat(store().get("big/object").orElseThrow().contentLength()).isEqualTo(large.length);

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> writers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        byte[] content = random(200_000, 10 + i);
        Callable<Boolean> writer = () -> {
          try {
            store().put("race/key", new ByteArrayInputStream(content));
            return true;
          } catch (ObjectStore.ObjectExistsException e) {
            return false;
          }
        };
        writers.add(pool.submit(writer));
      }
      int won = 0;
      for (Future<Boolean> writer : writers) {
        won += writer.get() ? 1 : 0;
      }
      assertThat(won).as("exactly one writer wins").isEqualTo(1);
      assertThat(store().get("race/key").orElseThrow().contentLength()).isEqualTo(200_000);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aSkipBeforeReadingReadsOnlyTheRangeAfterIt() throws Exception {
    byte[] content = random(3 * 1024 * 1024, 5);
    store().put("ranged/object.webm", new ByteArrayInputStream(content));
    Resource resource = store().get("ranged/object.webm").orElseThrow();
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
    store().put("served/video.webm", new ByteArrayInputStream(content));
    MockMvc mvc = MockMvcBuilders.standaloneSetup(new Served(store())).build();

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

  static byte[] random(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
