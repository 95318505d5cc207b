package org.cloudwindow.server.call;

import org.cloudwindow.media.Signal;
import org.cloudwindow.server.account.AccountService;
import org.cloudwindow.server.web.UserQueues;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Puts signals and notices on the {@code /user/queue/signal} of a call's participants. */
@Component
class CallNotifier {

  static final String SIGNAL_QUEUE = "/queue/signal";

  private final UserQueues queues;
  private final AccountService accounts;
  private final CallRepository calls;
  private final CallPresence presence;

  CallNotifier(UserQueues queues, AccountService accounts, CallRepository calls, CallPresence presence) {
    this.queues = queues;
    this.accounts = accounts;
    this.calls = calls;
    this.presence = presence;
  }

  /** A signal from one participant to another, stamped with the sender's page session. */
  void deliver(String callId, String from, Signal signal) {
    String session = presence.of(callId, Long.parseLong(from)).map(CallPresence.Entry::session).orElse(null);
    long to = Long.parseLong(signal.to());
    // The engine only delivers to admitted participants, whose names presence knows.
    String username = presence.of(callId, to).map(CallPresence.Entry::username)
        .orElseGet(() -> accounts.get(to).username());
    queues.send(username, SIGNAL_QUEUE, SignalMessage.outbound(callId, from, session, signal));
  }

  /** To every invitee of the call except {@code exceptUserId} (use -1 for nobody), once committed. */
  void notice(CallNotice notice, long exceptUserId) {
    for (CallRepository.Invitee invitee : calls.invitees(notice.callId())) {
      if (invitee.userId() != exceptUserId) {
        sendOnceCommitted(accounts.get(invitee.userId()).username(), notice);
      }
    }
  }

  /** To the invitees with this role only, once committed. */
  void noticeRole(CallNotice notice, String role) {
    for (CallRepository.Invitee invitee : calls.invitees(notice.callId())) {
      if (invitee.role().equals(role)) {
        sendOnceCommitted(accounts.get(invitee.userId()).username(), notice);
      }
    }
  }

  /**
   * A page that hears a notice may read the call at once (an `invited` page asks who came in): sent
   * before the commit, that read found the call as it was and the newcomer's tile stayed nameless.
   * Without a transaction it goes at once; with one that rolls back, not at all.
   */
  private void sendOnceCommitted(String username, CallNotice notice) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      queues.send(username, SIGNAL_QUEUE, notice);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        queues.send(username, SIGNAL_QUEUE, notice);
      }
    });
  }
}
