// The coordinator's board as the server sends it (hand-written until generated).

export type AlertLevel = 'NONE' | 'YELLOW' | 'RED'
export type AlertKind = 'WAIT_TIMEOUT' | 'LEVEL'
export const ALERT_LEVELS: readonly AlertLevel[] = ['NONE', 'YELLOW', 'RED']
export const ALERT_KINDS: readonly AlertKind[] = ['WAIT_TIMEOUT', 'LEVEL']

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
  windowId: number
  windowName: string
  siteId: number
  ticketId: number | null
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
