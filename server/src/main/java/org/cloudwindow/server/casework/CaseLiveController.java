package org.cloudwindow.server.casework;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.web.ApiException;
import org.cloudwindow.server.web.ProblemCode;
import org.cloudwindow.server.web.Problems;
import org.cloudwindow.server.web.UserQueues;
import org.jspecify.annotations.Nullable;
import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * The live form over STOMP: field writes, presence (who is in which field) and the clerk's
 * highlight. Thin: a typed payload, the service's checks, and refusals to the sender's
 * connection only on {@code /user/queue/errors} as {@code {code, message, caseId, field}}.
 */
@Controller
class CaseLiveController {

  /** STOMP frames carry no language; the product's default (the web client translates by code). */
  private static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;
  static final int MAX_NOTE = 200;

  private final CaseForm form;
  private final CaseService cases;
  private final CaseAccess access;
  private final CaseBroadcasts broadcasts;
  private final UserQueues userQueues;
  private final Problems problems;

  CaseLiveController(CaseForm form, CaseService cases, CaseAccess access, CaseBroadcasts broadcasts,
      UserQueues userQueues, Problems problems) {
    this.form = form;
    this.cases = cases;
    this.access = access;
    this.broadcasts = broadcasts;
    this.userQueues = userQueues;
    this.problems = problems;
  }

  @MessageMapping("/cases/{id}/form")
  void write(@DestinationVariable long id, @Payload FieldWrite write, Principal principal,
      SimpMessageHeaderAccessor headers) {
    try {
      form.write(user(principal), id, String.valueOf(write.field()), write.value());
    } catch (ApiException e) {
      refuse(headers, id, write.field(), e);
    }
  }

  @MessageMapping("/cases/{id}/presence")
  void presence(@DestinationVariable long id, @Payload PresenceWrite presence, Principal principal,
      SimpMessageHeaderAccessor headers) {
    try {
      CurrentUser user = user(principal);
      CaseRecord found = cases.get(user, id);
      if (presence.field() != null) {
        form.requireField(found, presence.field());
      }
      broadcasts.send(id, new CaseBroadcasts.Presence("presence", user.id(), user.displayName(), Roles.main(user.roles()),
          presence.field()));
    } catch (ApiException e) {
      refuse(headers, id, presence.field(), e);
    }
  }

  @MessageMapping("/cases/{id}/highlight")
  void highlight(@DestinationVariable long id, @Payload HighlightWrite highlight, Principal principal,
      SimpMessageHeaderAccessor headers) {
    try {
      CurrentUser user = user(principal);
      CaseRecord found = cases.get(user, id);
      access.requireWindowClerk(user, found);
      form.requireField(found, String.valueOf(highlight.field()));
      String note = highlight.note() == null || highlight.note().isBlank() ? null : highlight.note().strip();
      if (note != null && note.length() > MAX_NOTE) {
        throw new ApiException(CaseProblem.NOTE_TOO_LONG, MAX_NOTE);
      }
      broadcasts.send(id, new CaseBroadcasts.Highlight("highlight", highlight.field(), user.id(), note));
    } catch (ApiException e) {
      refuse(headers, id, highlight.field(), e);
    }
  }

  /** A frame that is not the expected JSON, or any other failure: the sender is told, nothing stored. */
  @MessageExceptionHandler
  void failed(Exception e, SimpMessageHeaderAccessor headers) {
    String destination = String.valueOf(headers.getDestination());
    String[] parts = destination.split("/");
    long caseId = parts.length > 3 && parts[3].matches("\\d{1,18}") ? Long.parseLong(parts[3]) : 0;
    refuse(headers, caseId, null, e instanceof ApiException api ? api : new ApiException(ProblemCode.MALFORMED));
  }

  private void refuse(SimpMessageHeaderAccessor headers, long caseId, @Nullable String field, ApiException e) {
    String session = headers.getSessionId();
    if (session == null) {
      return;
    }
    String message = e.fieldProblems().isEmpty()
        ? problems.message("problem." + e.problem().code() + ".title", new Object[0], LOCALE)
        : problems.message("validation." + e.fieldProblems().get(0).code(), new Object[0], LOCALE);
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", e.problem().code());
    error.put("message", message);
    error.put("caseId", caseId);
    error.put("field", field);
    userQueues.sendToSession(session, "/queue/errors", error);
  }

  private static CurrentUser user(Principal principal) {
    if (principal instanceof Authentication authentication && authentication.getPrincipal() instanceof CurrentUser user) {
      return user;
    }
    throw new ApiException(ProblemCode.UNAUTHENTICATED);
  }

  record FieldWrite(@Nullable String field, @Nullable Object value, @Nullable Integer baseVersion) {}

  record PresenceWrite(@Nullable String field) {}

  record HighlightWrite(@Nullable String field, @Nullable String note) {}
}
