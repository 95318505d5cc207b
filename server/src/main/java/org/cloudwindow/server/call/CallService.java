package org.cloudwindow.server.call;

import java.time.Clock;
import java.util.List;
import org.cloudwindow.media.MediaEngine;
import org.cloudwindow.media.Participant;
import org.cloudwindow.media.Signal;
import org.cloudwindow.media.ice.IceConfiguration;
import org.cloudwindow.media.ice.IceServer;
import org.cloudwindow.server.account.AccountService;
import org.cloudwindow.server.identity.CurrentUser;
import org.cloudwindow.server.queue.TicketCalled;
import org.cloudwindow.server.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls: opened with their two participants when a clerk calls a ticket, joined by the browsers
 * of invited users only, and ended by a hang-up. Every change is stored as a call event.
 */
@Service
@Transactional
public class CallService {

  private static final Logger log = LoggerFactory.getLogger(CallService.class);

  private final CallRepository calls;
  private final MediaEngine engine;
  private final AccountService accounts;
  private final IceConfiguration ice;
  private final Clock clock;

  CallService(CallRepository calls, MediaEngine engine, AccountService accounts, IceConfiguration ice, Clock clock) {
    this.calls = calls;
    this.engine = engine;
    this.accounts = accounts;
    this.ice = ice;
    this.clock = clock;
  }

  /** Runs in the calling transaction, so a called ticket always has its call. */
  @EventListener
  void on(TicketCalled called) {
    if (calls.find(called.callId()).isPresent()) {
      return;
    }
    calls.insert(called.callId(), called.ticketId(), clock.instant());
    calls.invite(called.callId(), called.workerId(), "WORKER");
    calls.invite(called.callId(), called.clerkId(), "CLERK");
    calls.event(called.callId(), clock.instant(), called.clerkId(), "OPENED", null);
    engine.open(called.callId());
  }

  @Transactional(readOnly = true)
  public CallView get(CurrentUser user, String callId) {
    CallRepository.StoredCall call = invited(user, callId);
    boolean live = call.state() != CallState.ENDED;
    if (live) {
      // A node that restarted has no room in memory yet; open it again for the browsers to rejoin.
      engine.open(callId);
    }
    List<String> present = live ? engine.participants(call.id()).stream().map(Participant::id).toList() : List.of();
    boolean recording = live && engine.recording(call.id());
    List<CallView.Member> members = calls.invitees(callId).stream()
        .map(i -> new CallView.Member(i.userId(), accounts.get(i.userId()).displayName(), i.role(),
            present.contains(String.valueOf(i.userId()))))
        .toList();
    return new CallView(call.id(), call.ticketId(), call.state(), call.endReason(), call.createdAt(),
        call.connectedAt(), call.endedAt(), recording, members);
  }

  /** ICE servers for this user's browser in this call, TURN credentials minted now. */
  @Transactional(readOnly = true)
  public List<IceServer> iceServers(CurrentUser user, String callId) {
    invited(user, callId);
    return ice.serversFor(String.valueOf(user.id()), clock);
  }

  /** The user's browser enters the call's room (again after a reload). */
  public CallView join(CurrentUser user, String callId) {
    CallRepository.StoredCall call = invited(user, callId);
    if (call.state() == CallState.ENDED) {
      throw new ApiException(CallProblem.ENDED);
    }
    CallRepository.Invitee invitee = calls.invitees(callId).stream().filter(i -> i.userId() == user.id())
        .findFirst().orElseThrow();
    engine.open(callId);
    engine.admit(callId, new Participant(String.valueOf(user.id()), invitee.role(), "CLERK".equals(invitee.role())));
    calls.joined(callId, user.id(), clock.instant());
    calls.event(callId, clock.instant(), user.id(), "JOINED", invitee.role());
    if (engine.participants(callId).size() >= 2) {
      calls.connected(callId, clock.instant());
    }
    log.info("User {} joined call {}", user.username(), callId);
    return get(user, callId);
  }

  /** Passes a signal on to another participant of the call; a hang-up to everyone ends it. */
  public void signal(CurrentUser user, String callId, Signal signal) {
    invited(user, callId);
    engine.signal(callId, String.valueOf(user.id()), signal);
    if (signal instanceof Signal.Hangup hangup && hangup.to().isEmpty()) {
      calls.ended(callId, "HANGUP", clock.instant());
      calls.event(callId, clock.instant(), user.id(), "ENDED", "HANGUP");
      engine.close(callId);
      log.info("Call {} ended by {}", callId, user.username());
    }
  }

  @Transactional(readOnly = true)
  public List<String> history(CurrentUser user, String callId) {
    invited(user, callId);
    return calls.eventKinds(callId);
  }

  private CallRepository.StoredCall invited(CurrentUser user, String callId) {
    CallRepository.StoredCall call = calls.find(callId).orElseThrow(() -> ApiException.notFound("call"));
    boolean invited = calls.invitees(callId).stream().anyMatch(i -> i.userId() == user.id());
    if (!invited) {
      // Not found rather than forbidden: call ids are secrets and must not be probed.
      throw ApiException.notFound("call");
    }
    return call;
  }
}
