package org.cloudwindow.server.call;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.cloudwindow.server.identity.CurrentUser;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Recording in the clerk's browser: start, chunks in order, stop; playback with ranges. */
@RestController
class RecordingController {

  private final RecordingService recordings;

  RecordingController(RecordingService recordings) {
    this.recordings = recordings;
  }

  @PostMapping("/api/calls/{id}/recordings")
  @ResponseStatus(HttpStatus.CREATED)
  RecordingView start(@AuthenticationPrincipal CurrentUser clerk, @PathVariable String id) {
    return recordings.start(clerk, id);
  }

  /** The raw WebM bytes of one chunk; {@code X-Recording-Elapsed-Ms} is the time since start at its end. */
  @PutMapping("/api/calls/{id}/recordings/{recordingId}/chunks/{seq}")
  RecordingService.ChunkReceipt chunk(@AuthenticationPrincipal CurrentUser clerk, @PathVariable String id,
      @PathVariable String recordingId, @PathVariable int seq,
      @RequestHeader(name = "X-Recording-Elapsed-Ms", defaultValue = "0") long elapsedMs, InputStream body)
      throws IOException {
    return recordings.chunk(clerk, id, recordingId, seq, elapsedMs, body);
  }

  @PostMapping("/api/calls/{id}/recordings/{recordingId}/stop")
  RecordingView stop(@AuthenticationPrincipal CurrentUser clerk, @PathVariable String id,
      @PathVariable String recordingId, @RequestBody(required = false) Stop stop) {
    return recordings.stop(clerk, id, recordingId, stop == null ? 0 : stop.durationMs());
  }

  @GetMapping("/api/calls/{id}/recordings")
  List<RecordingView> list(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return recordings.list(user, id);
  }

  /** Spring answers range requests for a resource body, so players can seek. */
  @GetMapping("/api/recordings/{recordingId}/content")
  ResponseEntity<Resource> content(@AuthenticationPrincipal CurrentUser user, @PathVariable String recordingId) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("video/webm"))
        .cacheControl(CacheControl.noCache().cachePrivate())
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename("recording-" + recordingId + ".webm").build().toString())
        .header(HttpHeaders.ACCEPT_RANGES, "bytes")
        .body(recordings.content(user, recordingId));
  }

  record Stop(long durationMs) {}
}
