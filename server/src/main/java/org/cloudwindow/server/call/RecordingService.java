package org.cloudwindow.server.call;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cloudwindow.media.MediaEngine;
import org.cloudwindow.media.MediaException;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.storage.ObjectStore;
import org.cloudwindow.server.storage.StoredObject;
import org.cloudwindow.server.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Recordings made in the clerk's browser (the peer-to-peer engine has no media to record). Chunks
 * arrive in order, each stored as its own part as soon as it lands, so a browser that dies keeps
 * everything it sent; stopping (or going idle) joins the parts into one WebM object and hashes it.
 */
@Service
@Transactional
public class RecordingService {

  private static final Logger log = LoggerFactory.getLogger(RecordingService.class);

  private static final Set<String> VIEWERS = Set.of("CLERK");

  private final RecordingRepository recordings;
  private final CallService calls;
  private final CallNotifier notifier;
  private final MediaEngine engine;
  private final ObjectStore store;
  private final CallProperties properties;
  private final Clock clock;

  RecordingService(RecordingRepository recordings, CallService calls, CallNotifier notifier, MediaEngine engine,
      ObjectStore store, CallProperties properties, Clock clock) {
    this.recordings = recordings;
    this.calls = calls;
    this.notifier = notifier;
    this.engine = engine;
    this.store = store;
    this.properties = properties;
    this.clock = clock;
  }

  /** The clerk starts recording; every participant is told, and that they were is on record. */
  public RecordingView start(CurrentUser clerk, String callId) {
    CallService.live(calls.requireClerk(clerk, callId));
    if (recordings.running(callId).isPresent()) {
      throw new ApiException(CallProblem.RECORDING_RUNNING);
    }
    engine.open(callId);
    try {
      engine.startRecording(callId, String.valueOf(clerk.id()));
    } catch (MediaException e) {
      // After a restart the engine's room may not know the clerk yet; the database is the record.
      log.debug("Engine did not mark call {} as recording: {}", callId, e.getMessage());
    }
    String id = UUID.randomUUID().toString();
    recordings.insert(id, callId, clerk.id(), clock.instant(), "calls/" + callId + "/recordings/" + id + ".webm");
    calls.event(callId, clerk.id(), "RECORDING_STARTED", id);
    String told = String.join(",", calls.invitees(callId).stream().map(i -> i.role() + ":" + i.userId()).toList());
    calls.event(callId, clerk.id(), "RECORDING_NOTICE", told);
    notifier.notice(CallNotice.recording(callId, clerk.id(), true), -1);
    return recordings.find(id).orElseThrow().view();
  }

  /**
   * Appends chunk {@code seq} (from 0). A chunk already stored is acknowledged again without being
   * stored twice, so a browser may resend after a lost answer; a gap is refused with the chunk the
   * server expects next.
   */
  public ChunkReceipt chunk(CurrentUser clerk, String callId, String recordingId, int seq, long elapsedMs,
      InputStream body) throws IOException {
    RecordingRepository.StoredRecording recording = own(clerk, callId, recordingId, true);
    if (!recording.running()) {
      throw new ApiException(CallProblem.RECORDING_STOPPED);
    }
    if (seq < recording.chunks()) {
      return new ChunkReceipt(recording.chunks(), recording.sizeBytes());
    }
    if (seq > recording.chunks()) {
      throw new ApiException(CallProblem.CHUNK_GAP, recording.chunks()).with("expected", recording.chunks());
    }
    byte[] bytes = Uploads.readAtMost(body, properties.recordingChunkMaxSize());
    String key = partKey(recording, seq);
    // A part left by a request whose transaction rolled back is not counted: replace it.
    store.delete(key);
    store.put(key, new ByteArrayInputStream(bytes));
    recordings.chunk(recordingId, bytes.length, Math.max(0, elapsedMs), clock.instant());
    return new ChunkReceipt(seq + 1, recording.sizeBytes() + bytes.length);
  }

  /** The clerk stops recording (again: nothing changes). */
  public RecordingView stop(CurrentUser clerk, String callId, String recordingId, long durationMs) {
    RecordingRepository.StoredRecording recording = own(clerk, callId, recordingId, true);
    if (recording.running()) {
      close(recording, durationMs > 0 ? durationMs : recording.durationMs(), clerk.id(), "stopped");
      try {
        engine.stopRecording(callId, String.valueOf(clerk.id()));
      } catch (MediaException e) {
        log.debug("Engine did not mark call {} as stopped: {}", callId, e.getMessage());
      }
    }
    return recordings.find(recordingId).orElseThrow().view();
  }

  @Transactional(readOnly = true)
  public List<RecordingView> list(CurrentUser user, String callId) {
    calls.requireWatcher(user, callId, VIEWERS);
    return recordings.ofCall(callId).stream().map(RecordingRepository.StoredRecording::view).toList();
  }

  /** The finished file, for playback with range requests. */
  @Transactional(readOnly = true)
  public Resource content(CurrentUser user, String recordingId) {
    RecordingRepository.StoredRecording recording = recordings.find(recordingId)
        .orElseThrow(() -> ApiException.notFound("recording"));
    calls.requireWatcher(user, recording.callId(), VIEWERS);
    if (recording.running()) {
      throw new ApiException(CallProblem.RECORDING_NOT_READY);
    }
    return store.get(recording.objectKey()).orElseThrow(() -> ApiException.notFound("recording"));
  }

  /**
   * The clerk's page was reloaded: the recorder of the old page is gone, so its recording is
   * closed with what arrived, and the new page may start another.
   */
  @EventListener
  void on(PageReplaced replaced) {
    recordings.running(replaced.callId()).filter(r -> r.startedBy() == replaced.userId())
        .flatMap(r -> recordings.lock(r.id())).filter(RecordingRepository.StoredRecording::running)
        .ifPresent(r -> close(r, r.durationMs(), replaced.userId(), "page reloaded"));
  }

  /** Closes recordings whose browser went quiet (closed tab, dead tablet), keeping what arrived. */
  @Scheduled(fixedDelayString = "${cloudwindow.call.recording-scan-interval:30s}",
      initialDelayString = "${cloudwindow.call.recording-scan-interval:30s}")
  @SchedulerLock(name = "call-recording-scan", lockAtMostFor = "PT5M")
  public void closeIdle() {
    closeIdle(clock.instant());
  }

  void closeIdle(Instant now) {
    for (String id : recordings.idleSince(now.minus(properties.recordingIdleTimeout()))) {
      recordings.lock(id).filter(RecordingRepository.StoredRecording::running)
          .ifPresent(r -> close(r, r.durationMs(), r.startedBy(), "idle"));
    }
  }

  private void close(RecordingRepository.StoredRecording recording, long durationMs, long by, String why) {
    List<String> parts = store.list("calls/" + recording.callId() + "/recordings/" + recording.id() + "/");
    // A file left by an earlier close whose transaction rolled back: the parts are still there
    // (they go only after a commit), so the file is made again from them.
    store.delete(recording.objectKey());
    StoredObject whole;
    try (InputStream joined = new SequenceInputStream(new PartStreams(parts))) {
      whole = store.put(recording.objectKey(), joined);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        parts.forEach(store::delete);
      }
    });
    recordings.stopped(recording.id(), clock.instant(), durationMs, whole.size(), whole.sha256());
    calls.event(recording.callId(), by, "RECORDING_STOPPED", recording.id() + " " + why);
    notifier.notice(CallNotice.recording(recording.callId(), by, false), -1);
    log.info("Recording {} of call {} {}: {} bytes, {} ms", recording.id(), recording.callId(), why, whole.size(),
        durationMs);
  }

  private RecordingRepository.StoredRecording own(CurrentUser clerk, String callId, String recordingId, boolean lock) {
    calls.requireClerk(clerk, callId);
    RecordingRepository.StoredRecording recording = (lock ? recordings.lock(recordingId) : recordings.find(recordingId))
        .filter(r -> r.callId().equals(callId) && r.startedBy() == clerk.id())
        .orElseThrow(() -> ApiException.notFound("recording"));
    return recording;
  }

  private static String partKey(RecordingRepository.StoredRecording recording, int seq) {
    return "calls/" + recording.callId() + "/recordings/" + recording.id() + "/part-" + String.format("%06d", seq);
  }

  /** What a chunk upload answers: the next chunk to send and the size stored so far. */
  public record ChunkReceipt(int nextSeq, long sizeBytes) {}

  /** Opens each part only when the joined stream reaches it. */
  private final class PartStreams implements Enumeration<InputStream> {
    private final Iterator<String> keys;

    PartStreams(List<String> keys) {
      this.keys = keys.iterator();
    }

    @Override
    public boolean hasMoreElements() {
      return keys.hasNext();
    }

    @Override
    public InputStream nextElement() {
      String key = keys.next();
      try {
        return store.get(key).orElseThrow(() -> new IOException("part vanished: " + key)).getInputStream();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
