package org.cloudwindow.server.rating;

import org.cloudwindow.server.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RatingController {

  private final RatingService ratings;

  RatingController(RatingService ratings) {
    this.ratings = ratings;
  }

  @PostMapping("/api/cases/{id}/rating")
  Rating rate(@AuthenticationPrincipal CurrentUser worker, @PathVariable long id, @RequestBody RatingRequest request) {
    return ratings.rate(worker, id, request.stars(), request.comment());
  }

  @GetMapping("/api/cases/{id}/rating")
  Rating get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    return ratings.get(user, id);
  }

  /** Checked by the service, which answers 422 with every invalid field at once. */
  record RatingRequest(@Nullable Integer stars, @Nullable String comment) {}
}
