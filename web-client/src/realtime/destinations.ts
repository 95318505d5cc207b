import type { BoardMessage } from '@/api/board-types'
import type { ConsultMessage, ConsultNotice } from '@/api/consult-types'
import type { CaseSendError, LiveCaseMessage } from '@/api/case-types'
import type { CaseMessage } from '@/api/material-types'
import type { TicketNotification, WindowNumbers, WindowQueue } from '@/api/queue-types'
import type { SignalError, SignalQueueMessage } from '@/call/signal-types'

/** A STOMP destination and, in its type, the payload it carries. */
export interface Destination<T> {
  readonly path: string
  /** Only for type inference; never set. */
  readonly payload?: T
}

function destination<T>(path: string): Destination<T> {
  return { path }
}

export const destinations = {
  /** A window's queue with masked applicants, for its clerks and coordinators. */
  windowQueue: (windowId: number) => destination<WindowQueue>(`/topic/windows/${windowId}`),
  /** A window's numbers and places, for the waiting tablets. */
  windowNumbers: (windowId: number) => destination<WindowNumbers>(`/topic/windows/${windowId}/numbers`),
  /** Changes to the signed-in worker's own tickets. */
  notifications: destination<TicketNotification>('/user/queue/notifications'),
  /** The same queue as clerks and experts read it: consultation changes and invitations. */
  consultNotices: destination<ConsultNotice>('/user/queue/notifications'),
  /** Consultation requests of the site and below, for its coordinators. */
  consultations: (siteId: number) => destination<ConsultMessage>(`/topic/board/${siteId}/consultations`),
  /** Window figures and alerts of the site's subtree, for its coordinators. */
  board: (siteId: number) => destination<BoardMessage>(`/topic/board/${siteId}`),
  /** A case's changes (materials with the whole new checklist), for its worker and clerk. */
  caseUpdates: (caseId: number) => destination<CaseMessage>(`/topic/cases/${caseId}`),
  /** The same topic for the live form and the lifecycle: fields, presence, highlight, state. */
  caseEvents: (caseId: number) => destination<LiveCaseMessage | CaseMessage>(`/topic/cases/${caseId}`),
  /** Offers, answers, candidates and call notices for every call the user is in: filter by callId. */
  callSignals: destination<SignalQueueMessage>('/user/queue/signal'),
  /** Why the server refused something this user sent over STOMP. */
  errors: destination<SignalError>('/user/queue/errors'),
  /** The same queue, as the case form reads it: refusals carry `caseId` and `field`. */
  caseErrors: destination<CaseSendError>('/user/queue/errors'),
}

/** Where the browser sends (`/app/...`); nothing is ever subscribed there. */
export const sendDestinations = {
  callSignal: (callId: string) => `/app/calls/${encodeURIComponent(callId)}/signal`,
  callJoin: (callId: string) => `/app/calls/${encodeURIComponent(callId)}/join`,
  caseForm: (caseId: number) => `/app/cases/${caseId}/form`,
  casePresence: (caseId: number) => `/app/cases/${caseId}/presence`,
  caseHighlight: (caseId: number) => `/app/cases/${caseId}/highlight`,
}
