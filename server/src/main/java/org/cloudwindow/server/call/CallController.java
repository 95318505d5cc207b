package org.cloudwindow.server.call;

import java.util.List;
import org.cloudwindow.media.ice.IceServer;
import org.cloudwindow.server.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

  @PostMapping("/api/calls/{id}/join")
  CallView join(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return calls.join(user, id);
  }

  @GetMapping("/api/calls/{id}/history")
  List<String> history(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return calls.history(user, id);
  }
}
