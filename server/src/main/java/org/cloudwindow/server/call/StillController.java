package org.cloudwindow.server.call;

import java.io.IOException;
import java.util.List;
import org.cloudwindow.server.identity.CurrentUser;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class StillController {

  private final StillService stills;

  StillController(StillService stills) {
    this.stills = stills;
  }

  @PostMapping("/api/calls/{id}/still-requests")
  @ResponseStatus(HttpStatus.ACCEPTED)
  void request(@AuthenticationPrincipal CurrentUser clerk, @PathVariable String id) {
    stills.request(clerk, id);
  }

  @PostMapping(path = "/api/calls/{id}/stills", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  StillView upload(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
      @RequestPart("file") MultipartFile file, @RequestParam(defaultValue = "camera") String source) throws IOException {
    return stills.upload(user, id, source, file.getInputStream());
  }

  @GetMapping("/api/calls/{id}/stills")
  List<StillView> list(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return stills.list(user, id);
  }

  @GetMapping("/api/stills/{stillId}/content")
  ResponseEntity<Resource> content(@AuthenticationPrincipal CurrentUser user, @PathVariable String stillId) {
    return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).cacheControl(CacheControl.noCache().cachePrivate())
        .body(stills.content(user, stillId));
  }
}
