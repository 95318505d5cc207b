import type { Alert, BoardWindow } from '@/api/board-types'

/** A window with nobody waiting; pass what the test is about. */
export function boardWindow(windowId: number, overrides: Partial<BoardWindow> = {}): BoardWindow {
  return {
    windowId,
    name: `窗口${windowId}`,
    siteId: 1,
    siteName: '海曙区云办中心',
    enabled: true,
    waiting: 0,
    longestWaitSeconds: 0,
    clerksOnDuty: 1,
    clerksBusy: 0,
    servedToday: 0,
    serviceLevel: 1,
    alertLevel: 'NONE',
    ...overrides,
  }
}

/** An open, unacknowledged LEVEL alert raised `minute` minutes after 09:00 Beijing time. */
export function alert(id: number, minute = 0, overrides: Partial<Alert> = {}): Alert {
  return {
    id,
    kind: 'LEVEL',
    level: 'YELLOW',
    windowId: 1,
    windowName: '窗口1',
    siteId: 1,
    ticketId: null,
    ticketNumber: null,
    detail: '5 waiting, longest 3 min',
    waiting: 5,
    waitedMinutes: 3,
    raisedAt: `2026-11-23T01:${String(minute).padStart(2, '0')}:00Z`,
    acknowledgedAt: null,
    resolvedAt: null,
    ...overrides,
  }
}
