package org.cloudwindow.server.consult;

import java.util.List;
import org.cloudwindow.server.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The expert's own availability, and the admins' management of expertise tags. */
@RestController
class ExpertController {

  private final ExpertService experts;

  ExpertController(ExpertService experts) {
    this.experts = experts;
  }

  @GetMapping("/api/experts/me")
  Expert me(@AuthenticationPrincipal CurrentUser expert) {
    return experts.me(expert);
  }

  @PutMapping("/api/experts/me/availability")
  Expert availability(@AuthenticationPrincipal CurrentUser expert, @RequestBody AvailabilityChange change) {
    return experts.setAvailability(expert, change.availability());
  }

  /** Under /api/admin, so admins only (SecurityConfiguration); within the admin's subtree. */
  @GetMapping("/api/admin/experts")
  List<Expert> managed(@AuthenticationPrincipal CurrentUser admin) {
    return experts.managedBy(admin);
  }

  @GetMapping("/api/admin/experts/{userId}/tags")
  List<String> tags(@AuthenticationPrincipal CurrentUser admin, @PathVariable long userId) {
    return experts.managedBy(admin).stream().filter(e -> e.userId() == userId).findFirst()
        .orElseThrow(() -> org.cloudwindow.server.web.ApiException.notFound("expert " + userId)).tags();
  }

  @PutMapping("/api/admin/experts/{userId}/tags")
  List<String> setTags(@AuthenticationPrincipal CurrentUser admin, @PathVariable long userId,
      @RequestBody TagsChange change) {
    return experts.setTags(admin, userId, change.tags()).tags();
  }

  record AvailabilityChange(@Nullable Availability availability) {}

  record TagsChange(@Nullable List<String> tags) {}
}
