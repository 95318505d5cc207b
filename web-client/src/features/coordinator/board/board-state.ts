import type { Alert, Board, BoardMessage, BoardWindow } from '@/api/board-types'

/** A window's figures and when they arrived: its longest wait keeps growing from then on. */
export interface LiveWindow extends BoardWindow {
  /** Milliseconds since the epoch, by the device's clock. */
  receivedAt: number
}

export interface BoardState {
  /** In the server's order; a window first met in a message goes last. */
  windows: readonly LiveWindow[]
  /** Open (unresolved) alerts, newest first. */
  alerts: readonly Alert[]
}

export const EMPTY_BOARD: BoardState = { windows: [], alerts: [] }

const newestFirst = (a: Alert, b: Alert) => Date.parse(b.raisedAt) - Date.parse(a.raisedAt) || b.id - a.id

export function fromBoard(board: Board, at: number): BoardState {
  const windows = board.windows.map((window) => ({ ...window, receivedAt: at }))
  return { windows, alerts: board.alerts.filter((alert) => !alert.resolvedAt).sort(newestFirst) }
}

export function applyWindow(state: BoardState, window: BoardWindow, at: number): BoardState {
  const live = { ...window, receivedAt: at }
  const known = state.windows.some((w) => w.windowId === window.windowId)
  const windows = known ? state.windows.map((w) => (w.windowId === window.windowId ? live : w)) : [...state.windows, live]
  return { ...state, windows }
}

/** A new or acknowledged alert takes its place in the feed; a resolved one leaves it. */
export function applyAlert(state: BoardState, alert: Alert): BoardState {
  const others = state.alerts.filter((a) => a.id !== alert.id)
  const alerts = alert.resolvedAt ? others : [...others, alert].sort(newestFirst)
  return { ...state, alerts }
}

export function applyMessage(state: BoardState, message: BoardMessage, at: number): BoardState {
  return message.type === 'window' ? applyWindow(state, message.window, at) : applyAlert(state, message.alert)
}

/** Seconds the longest-waiting ticket has waited by `now`, counting on from the last figures. */
export function longestWaitAt(window: LiveWindow, now: number): number {
  if (!window.waiting) return 0
  return window.longestWaitSeconds + Math.max(0, Math.floor((now - window.receivedAt) / 1000))
}

export interface BoardSummary {
  waiting: number
  servedToday: number
  yellow: number
  red: number
  openAlerts: number
}

export function summarize(state: BoardState): BoardSummary {
  const summary: BoardSummary = { waiting: 0, servedToday: 0, yellow: 0, red: 0, openAlerts: state.alerts.length }
  for (const window of state.windows) {
    summary.waiting += window.waiting
    summary.servedToday += window.servedToday
    if (window.alertLevel === 'YELLOW') summary.yellow++
    if (window.alertLevel === 'RED') summary.red++
  }
  return summary
}
