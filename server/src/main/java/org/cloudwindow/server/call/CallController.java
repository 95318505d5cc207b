package org.cloudwindow.server.call;

import java.util.List;
import org.cloudwindow.media.ice.IceServer;
import org.cloudwindow.server.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CallController {

  private final CallService calls;

  CallController(CallService calls) {
    this.calls = calls;
  }

  @GetMapping("/api/calls/{id}")
  CallView get(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return calls.get(user, id);
  }

  @GetMapping("/api/calls/{id}/ice-servers")
  List<IceServer> iceServers(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return calls.iceServers(user, id);
  }

  /** {@code session}: made once per page load, sent again when rejoining after a reconnect. */
  @PostMapping("/api/calls/{id}/join")
  CallView join(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
      @RequestBody(required = false) @Nullable Join join) {
    return calls.join(user, id, join == null ? null : join.session());
  }

  /** {@code session}: the page that leaves; a page replaced by a reload is ignored. */
  @PostMapping("/api/calls/{id}/leave")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void leave(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
      @RequestBody(required = false) @Nullable Join page) {
    calls.leave(user, id, page == null ? null : page.session());
  }

  @PostMapping("/api/calls/{id}/hangup")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void hangUp(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    calls.hangUp(user, id);
  }

  @PutMapping("/api/calls/{id}/media")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void media(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @RequestBody Media media) {
    calls.media(user, id, media.audio(), media.video());
  }

  @GetMapping("/api/calls/{id}/history")
  List<CallEvent> history(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return calls.history(user, id);
  }

  record Join(@Nullable String session) {}

  record Media(boolean audio, boolean video) {}
}
