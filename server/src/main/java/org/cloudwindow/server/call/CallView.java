package org.cloudwindow.server.call;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A call as {@code GET /api/calls/{id}} shows it. */
public record CallView(String id, long ticketId, CallState state, @Nullable String endReason, Instant createdAt,
    @Nullable Instant connectedAt, @Nullable Instant endedAt, boolean recording, List<Member> participants) {

  /**
   * Someone invited to the call; {@code present} while their browser is in the room, with the
   * page's join {@code session} and whether its microphone ({@code audio}) and camera are on.
   */
  public record Member(long userId, String displayName, String role, boolean present, @Nullable String session,
      boolean audio, boolean video) {}
}
