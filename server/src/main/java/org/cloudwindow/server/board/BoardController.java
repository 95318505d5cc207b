package org.cloudwindow.server.board;

import jakarta.validation.Valid;
import java.util.List;
import org.cloudwindow.server.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class BoardController {

  private final BoardService board;

  BoardController(BoardService board) {
    this.board = board;
  }

  @GetMapping("/api/board")
  BoardService.Board board(@AuthenticationPrincipal CurrentUser coordinator) {
    return board.board(coordinator);
  }

  @GetMapping("/api/board/helpers")
  List<BoardService.Helper> helpers(@AuthenticationPrincipal CurrentUser coordinator) {
    return board.helpers(coordinator);
  }

  @PostMapping("/api/alerts/{id}/acknowledge")
  Alert acknowledge(@AuthenticationPrincipal CurrentUser coordinator, @PathVariable long id) {
    return board.acknowledge(coordinator, id);
  }

  @PostMapping("/api/alerts/{id}/resolve")
  Alert resolve(@AuthenticationPrincipal CurrentUser coordinator, @PathVariable long id) {
    return board.resolve(coordinator, id);
  }

  @GetMapping("/api/admin/windows/{id}/thresholds")
  Thresholds thresholds(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id) {
    return board.thresholds(admin, id);
  }

  @PutMapping("/api/admin/windows/{id}/thresholds")
  Thresholds setThresholds(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
      @Valid @RequestBody ThresholdChange change) {
    return board.setThresholds(admin, id, new Thresholds(change.yellowWaiting(), change.redWaiting(),
        change.yellowLongestWaitMinutes(), change.redLongestWaitMinutes(), true));
  }

  @DeleteMapping("/api/admin/windows/{id}/thresholds")
  Thresholds resetThresholds(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id) {
    return board.resetThresholds(admin, id);
  }

  record ThresholdChange(@Min(1) int yellowWaiting, @Min(1) int redWaiting, @Min(1) int yellowLongestWaitMinutes,
      @Min(1) int redLongestWaitMinutes) {}

  @PostMapping("/api/windows/{id}/tidal")
  BoardWindow tidal(@AuthenticationPrincipal CurrentUser coordinator, @PathVariable long id,
      @Valid @RequestBody Tidal tidal) {
    return board.openTidal(coordinator, id, tidal);
  }
}
