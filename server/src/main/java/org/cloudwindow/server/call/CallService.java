package org.cloudwindow.server.call;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cloudwindow.media.MediaEngine;
import org.cloudwindow.media.Participant;
import org.cloudwindow.media.Signal;
import org.cloudwindow.media.ice.IceConfiguration;
import org.cloudwindow.media.ice.IceServer;
import org.cloudwindow.server.account.AccountService;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.identity.Role;
import org.cloudwindow.server.queue.TicketCalled;
import org.cloudwindow.server.queue.TicketChanged;
import org.cloudwindow.server.site.SiteService;
import org.cloudwindow.server.web.ApiException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls: opened with their two participants when a clerk calls a ticket, joined by the browsers
 * of invited users only, and ended by a hang-up or when the ticket is done with. Every change is
 * stored as a call event and told to the participants' pages.
 */
@Service
@Transactional
public class CallService {

  private static final Logger log = LoggerFactory.getLogger(CallService.class);

  /** Ticket changes after which the resident and the clerk have nothing left to say. */
  private static final Set<TicketChanged.Change> ENDING = EnumSet.of(TicketChanged.Change.COMPLETED,
      TicketChanged.Change.TRANSFERRED, TicketChanged.Change.WITHDRAWN, TicketChanged.Change.NO_SHOW,
      TicketChanged.Change.EXPIRED, TicketChanged.Change.RECALLED);

  /** Roles that join a call someone else opened; their hang-up is a leave. */
  private static final Set<String> GUESTS = Set.of("EXPERT", "COORDINATOR");

  private final CallRepository calls;
  private final RecordingRepository recordings;
  private final MediaEngine engine;
  private final CallPresence presence;
  private final CallNotifier notifier;
  private final AccountService accounts;
  private final SiteService sites;
  private final IceConfiguration ice;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CallService(CallRepository calls, RecordingRepository recordings, MediaEngine engine, CallPresence presence,
      CallNotifier notifier, AccountService accounts, SiteService sites, IceConfiguration ice,
      ApplicationEventPublisher events, Clock clock) {
    this.calls = calls;
    this.recordings = recordings;
    this.engine = engine;
    this.presence = presence;
    this.notifier = notifier;
    this.accounts = accounts;
    this.sites = sites;
    this.ice = ice;
    this.events = events;
    this.clock = clock;
  }

  /** Runs in the calling transaction, so a called ticket always has its call. */
  @EventListener
  void on(TicketCalled called) {
    if (calls.find(called.callId()).isPresent()) {
      return;
    }
    calls.insert(called.callId(), called.ticketId(), called.windowId(), clock.instant());
    calls.invite(called.callId(), called.workerId(), "WORKER");
    calls.invite(called.callId(), called.clerkId(), "CLERK");
    calls.event(called.callId(), clock.instant(), called.clerkId(), "OPENED", null);
    engine.open(called.callId());
  }

  /** A ticket that is done with, sent elsewhere or back to the queue ends its call. */
  @EventListener
  void on(TicketChanged changed) {
    if (ENDING.contains(changed.change())) {
      calls.liveOfTicket(changed.ticketId()).forEach(id -> end(id, changed.change().name(), null));
    }
  }

  @Transactional(readOnly = true)
  public CallView get(CurrentUser user, String callId) {
    return view(invited(user, callId));
  }

  /** ICE servers for this user's browser in this call, TURN credentials minted now. */
  @Transactional(readOnly = true)
  public List<IceServer> iceServers(CurrentUser user, String callId) {
    invited(user, callId);
    return ice.serversFor(String.valueOf(user.id()), clock);
  }

  /**
   * The user's page enters the call's room: first, after a reload (a new {@code session}), or
   * again with the same session after its STOMP connection came back (the server may have
   * restarted and forgotten the room).
   */
  public CallView join(CurrentUser user, String callId, @Nullable String session) {
    CallRepository.StoredCall call = live(invited(user, callId));
    String page = session == null || session.isBlank() ? UUID.randomUUID().toString() : session;
    if (page.length() > 64) {
      throw ApiException.invalidField("session", "size", "at most 64 characters");
    }
    CallRepository.Invitee invitee = invitee(user, callId);
    engine.open(callId);
    engine.admit(callId, new Participant(String.valueOf(user.id()), invitee.role(), "CLERK".equals(invitee.role())));
    boolean fresh = presence.joined(callId, user.id(), user.username(), page);
    calls.joined(callId, user.id(), clock.instant());
    if (fresh) {
      calls.event(callId, clock.instant(), user.id(), "JOINED", invitee.role());
      notifier.notice(CallNotice.joined(callId, user.id(), page), user.id());
      events.publishEvent(new PageReplaced(callId, user.id()));
    }
    events.publishEvent(new CallJoined(callId, user.id(), invitee.role()));
    if (engine.participants(callId).size() >= 2 && call.state() == CallState.RINGING) {
      calls.connected(callId, clock.instant());
      calls.event(callId, clock.instant(), null, "CONNECTED", null);
    }
    log.info("User {} joined call {} ({})", user.username(), callId, fresh ? "new page" : "rejoin");
    return view(calls.find(callId).orElseThrow());
  }

  /**
   * The user's page closed; the call goes on for the others. A leave from a page that another
   * page of the same user has replaced (a reload whose old page said goodbye late) changes nothing.
   */
  public void leave(CurrentUser user, String callId, @Nullable String session) {
    invited(user, callId);
    boolean replaced = session != null
        && presence.of(callId, user.id()).map(e -> !e.session().equals(session)).orElse(false);
    if (replaced) {
      return;
    }
    engine.leave(callId, String.valueOf(user.id()));
    presence.left(callId, user.id());
    calls.left(callId, user.id(), clock.instant());
    calls.event(callId, clock.instant(), user.id(), "LEFT", null);
    notifier.notice(CallNotice.left(callId, user.id()), user.id());
    events.publishEvent(new CallLeft(callId, user.id()));
  }

  /** The user turned their microphone or camera on or off; the others show it. */
  public void media(CurrentUser user, String callId, boolean audio, boolean video) {
    invited(user, callId);
    presence.media(callId, user.id(), audio, video);
    calls.event(callId, clock.instant(), user.id(), "MEDIA", "audio=" + audio + ",video=" + video);
    notifier.notice(CallNotice.media(callId, user.id(), audio, video), user.id());
  }

  /**
   * The worker or the clerk ends the call for everyone, also when the page's STOMP connection is
   * down. An expert or a coordinator brought in for a consultation only leaves it: the resident's
   * matter is not theirs to end.
   */
  public void hangUp(CurrentUser user, String callId) {
    invited(user, callId);
    if (GUESTS.contains(invitee(user, callId).role())) {
      leave(user, callId, null);
      return;
    }
    end(callId, "HANGUP", user.id());
  }

  /**
   * Passes a signal on to another participant of the call. The engine admits only pages that
   * joined (which checked the invitation), so the many candidates of a call set-up pass without
   * touching the database. A hang-up to everyone goes to {@link #hangUp} instead.
   */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public void signal(CurrentUser user, String callId, Signal signal) {
    engine.signal(callId, String.valueOf(user.id()), signal);
  }

  @Transactional(readOnly = true)
  public List<CallEvent> history(CurrentUser user, String callId) {
    invited(user, callId);
    return calls.events(callId);
  }

  /**
   * Adds someone to a live call (an expert or coordinator of a consultation), who may then join it
   * like its first two participants; the pages in the call are told. The caller checked who may.
   */
  public void invite(String callId, long userId, String role, long by) {
    live(calls.find(callId).orElseThrow(() -> ApiException.notFound("call")));
    if (calls.invitees(callId).stream().anyMatch(i -> i.userId() == userId)) {
      return;
    }
    calls.invite(callId, userId, role);
    calls.event(callId, clock.instant(), by, "INVITED", role + " " + userId);
    notifier.notice(CallNotice.invited(callId, userId, role), -1);
  }

  /**
   * Takes back an invitation that was never used (a declined expert): one who never joined can no
   * longer join. Someone who was in the call keeps their place in its history.
   */
  public void withdrawInvitation(String callId, long userId, long by) {
    if (calls.withdraw(callId, userId)) {
      calls.event(callId, clock.instant(), by, "INVITATION_WITHDRAWN", String.valueOf(userId));
    }
  }

  /** A call without an access check, for a feature that checked it already. */
  @Transactional(readOnly = true)
  public java.util.Optional<CallView> find(String callId) {
    return calls.find(callId).map(this::view);
  }

  /** Ends a live call for everyone; ending an ended call changes nothing. */
  void end(String callId, String reason, @Nullable Long by) {
    if (!calls.ended(callId, reason, clock.instant())) {
      return;
    }
    calls.event(callId, clock.instant(), by, "ENDED", reason);
    engine.close(callId);
    presence.ended(callId);
    notifier.notice(CallNotice.ended(callId, by, reason), -1);
    events.publishEvent(new CallEnded(callId, reason));
    log.info("Call {} ended: {}", callId, reason);
  }

  /** The user's place in the call; strangers get not-found because call ids are secrets. */
  CallRepository.StoredCall invited(CurrentUser user, String callId) {
    CallRepository.StoredCall call = calls.find(callId).orElseThrow(() -> ApiException.notFound("call"));
    invitee(user, callId);
    return call;
  }

  CallRepository.Invitee invitee(CurrentUser user, String callId) {
    return calls.invitees(callId).stream().filter(i -> i.userId() == user.id()).findFirst()
        .orElseThrow(() -> ApiException.notFound("call"));
  }

  /** The call's clerk may record and ask for stills; others are refused. */
  /** The call, unless it has ended. */
  static CallRepository.StoredCall live(CallRepository.StoredCall call) {
    if (call.state() == CallState.ENDED) {
      throw new ApiException(CallProblem.ENDED);
    }
    return call;
  }

  CallRepository.StoredCall requireClerk(CurrentUser user, String callId) {
    CallRepository.StoredCall call = invited(user, callId);
    if (!"CLERK".equals(invitee(user, callId).role())) {
      throw ApiException.forbidden();
    }
    return call;
  }

  /**
   * Who may see a call's evidence afterwards: participants with one of {@code roles} (stills are
   * for both sides, recordings for the clerk) and the coordinators of the site the call was
   * answered at or above it. Others get not-found.
   */
  CallRepository.StoredCall requireWatcher(CurrentUser user, String callId, Set<String> roles) {
    CallRepository.StoredCall call = calls.find(callId).orElseThrow(() -> ApiException.notFound("call"));
    boolean participant = calls.invitees(callId).stream()
        .anyMatch(i -> i.userId() == user.id() && roles.contains(i.role()));
    boolean coordinator = user.has(Role.COORDINATOR) && call.windowId() != null
        && sites.mayActOn(user, sites.getWindow(call.windowId()).siteId());
    if (!participant && !coordinator) {
      throw ApiException.notFound("call");
    }
    return call;
  }

  void event(String callId, long actorId, String kind, @Nullable String detail) {
    calls.event(callId, clock.instant(), actorId, kind, detail);
  }

  List<CallRepository.Invitee> invitees(String callId) {
    return calls.invitees(callId);
  }

  private CallView view(CallRepository.StoredCall call) {
    boolean live = call.state() != CallState.ENDED;
    if (live) {
      // A node that restarted has no room in memory yet; open it again for the browsers to rejoin.
      engine.open(call.id());
    }
    List<String> present = live ? engine.participants(call.id()).stream().map(Participant::id).toList() : List.of();
    List<CallView.Member> members = calls.invitees(call.id()).stream()
        .map(i -> {
          var entry = presence.of(call.id(), i.userId());
          return new CallView.Member(i.userId(), accounts.get(i.userId()).displayName(), i.role(),
              present.contains(String.valueOf(i.userId())), entry.map(CallPresence.Entry::session).orElse(null),
              entry.map(CallPresence.Entry::audio).orElse(true), entry.map(CallPresence.Entry::video).orElse(true));
        })
        .toList();
    return new CallView(call.id(), call.ticketId(), call.state(), call.endReason(), call.createdAt(),
        call.connectedAt(), call.endedAt(), live && recordings.running(call.id()).isPresent(), members);
  }
}
