// The coordinator's board as the server sends it (hand-written until generated).

export type AlertLevel = 'NONE' | 'YELLOW' | 'RED'
/**
 * WAIT_TIMEOUT and LEVEL are about a window's queue; FOLLOW_UP (a rating of 2 stars or fewer)
 * and DECISION_DUE (a submitted case whose decision deadline is a working day away) about a case;
 * CONSULTATION_WAITING about a consultation request no expert accepted in time.
 */
export type AlertKind = 'WAIT_TIMEOUT' | 'LEVEL' | 'FOLLOW_UP' | 'DECISION_DUE' | 'CONSULTATION_WAITING'
export const ALERT_LEVELS: readonly AlertLevel[] = ['NONE', 'YELLOW', 'RED']
export const ALERT_KINDS: readonly AlertKind[] = ['WAIT_TIMEOUT', 'LEVEL', 'FOLLOW_UP', 'DECISION_DUE', 'CONSULTATION_WAITING']
/** The kinds about one case: they carry `caseId`, and `caseNumber` once it has one. */
export const CASE_ALERT_KINDS: readonly AlertKind[] = ['FOLLOW_UP', 'DECISION_DUE']

/** One window's figures on the board. */
export interface BoardWindow {
  windowId: number
  name: string
  siteId: number
  siteName: string
  enabled: boolean
  waiting: number
  longestWaitSeconds: number
  clerksOnDuty: number
  clerksBusy: number
  /** Tickets called today (Beijing day). */
  servedToday: number
  /** Share of today's tickets called within the target wait, 0..1 (1 when none yet). */
  serviceLevel: number
  alertLevel: AlertLevel
}

export interface Alert {
  id: number
  kind: AlertKind
  /** NONE never comes with an alert. */
  level: Exclude<AlertLevel, 'NONE'>
  /** Case alerts may come without a window (a rating is about the worker's point). */
  windowId: number | null
  windowName: string | null
  siteId: number
  ticketId: number | null
  caseId?: number | null
  caseNumber?: string | null
  /** DECISION_DUE: by when the clerk must decide. */
  deadline?: string | null
  /** CONSULTATION_WAITING: the request (`waitedMinutes` is how long it has waited). */
  consultationId?: number | null
  /** FOLLOW_UP: the rating that opened it. */
  stars?: number | null
  ticketNumber: string | null
  /** The server's English line for logs; shown only when an alert has no figures. */
  detail: string
  /** LEVEL: tickets waiting when it was raised. */
  waiting: number | null
  /** LEVEL: the longest wait when it was raised; WAIT_TIMEOUT: how long the ticket had waited. */
  waitedMinutes: number | null
  raisedAt: string
  acknowledgedAt: string | null
  resolvedAt: string | null
}

/** `GET /api/board`: every window of the coordinator's subtree and the open alerts, newest first. */
export interface Board {
  windows: BoardWindow[]
  alerts: Alert[]
}

/** A clerk of the subtree who could be sent to a busy window. */
export interface Helper {
  id: number
  displayName: string
  siteName: string
  /** Serving a ticket right now. */
  busy: boolean
}

export interface TidalRequest {
  clerkId: number
  /** 5 to 480. */
  minutes: number
}

/** `/topic/board/{siteId}`: a window's new figures, or a new, acknowledged or resolved alert. */
export type BoardMessage = { type: 'window'; window: BoardWindow } | { type: 'alert'; alert: Alert }
