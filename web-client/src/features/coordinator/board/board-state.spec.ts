import { describe, expect, it } from 'vitest'
import { alert, boardWindow } from '@/test/board'
import { applyAlert, applyMessage, EMPTY_BOARD, fromBoard, longestWaitAt, summarize, type BoardState } from './board-state'

const T0 = Date.parse('2026-11-23T01:30:00Z')
const board = (state: Partial<BoardState> = {}): BoardState => ({ ...EMPTY_BOARD, ...state })

describe('board state', () => {
  it('starts from the server board with open alerts newest first', () => {
    const state = fromBoard(
      { windows: [boardWindow(1)], alerts: [alert(1, 5), alert(2, 20), alert(3, 10, { resolvedAt: '2026-11-23T01:11:00Z' })] },
      T0,
    )
    expect(state.alerts.map((a) => a.id)).toEqual([2, 1])
    expect(state.windows[0]?.receivedAt).toBe(T0)
  })

  it("replaces a window's figures in place and appends a window it did not know", () => {
    const start = fromBoard({ windows: [boardWindow(1), boardWindow(2)], alerts: [] }, T0)
    const moved = applyMessage(start, { type: 'window', window: boardWindow(1, { waiting: 6, alertLevel: 'YELLOW' }) }, T0 + 5000)
    expect(moved.windows.map((w) => [w.windowId, w.waiting, w.alertLevel, w.receivedAt])).toEqual([
      [1, 6, 'YELLOW', T0 + 5000],
      [2, 0, 'NONE', T0],
    ])
    const added = applyMessage(moved, { type: 'window', window: boardWindow(9, { waiting: 2 }) }, T0)
    expect(added.windows.map((w) => w.windowId)).toEqual([1, 2, 9])
    expect(start.windows[0]?.waiting).toBe(0)
  })

  it('puts a new alert in date order, marks an acknowledged one and drops a resolved one', () => {
    const start = board({ alerts: [alert(2, 20), alert(1, 5)] })
    const raised = applyMessage(start, { type: 'alert', alert: alert(3, 10, { kind: 'WAIT_TIMEOUT', ticketNumber: 'A003' }) }, T0)
    expect(raised.alerts.map((a) => a.id)).toEqual([2, 3, 1])

    const acknowledged = applyAlert(raised, alert(3, 10, { kind: 'WAIT_TIMEOUT', acknowledgedAt: '2026-11-23T01:31:00Z' }))
    expect(acknowledged.alerts.map((a) => [a.id, a.acknowledgedAt])).toEqual([
      [2, null],
      [3, '2026-11-23T01:31:00Z'],
      [1, null],
    ])

    const resolved = applyAlert(acknowledged, alert(2, 20, { resolvedAt: '2026-11-23T01:32:00Z' }))
    expect(resolved.alerts.map((a) => a.id)).toEqual([3, 1])
  })

  it('ignores the resolution of an alert it never had', () => {
    const start = board({ alerts: [alert(1)] })
    expect(applyAlert(start, alert(7, 0, { resolvedAt: '2026-11-23T01:32:00Z' })).alerts.map((a) => a.id)).toEqual([1])
  })

  it('counts the longest wait on from when the figures arrived, only while someone waits', () => {
    const [waiting, empty] = fromBoard(
      { windows: [boardWindow(1, { waiting: 2, longestWaitSeconds: 100 }), boardWindow(2, { longestWaitSeconds: 100 })], alerts: [] },
      T0,
    ).windows
    expect(longestWaitAt(waiting!, T0 + 61_500)).toBe(161)
    expect(longestWaitAt(waiting!, T0 - 3000)).toBe(100)
    expect(longestWaitAt(empty!, T0 + 61_500)).toBe(0)
  })

  it('sums the figures for the top of the board', () => {
    const state = fromBoard(
      {
        windows: [
          boardWindow(1, { waiting: 6, servedToday: 10, alertLevel: 'YELLOW' }),
          boardWindow(2, { waiting: 12, servedToday: 3, alertLevel: 'RED' }),
          boardWindow(3, { waiting: 1, servedToday: 4 }),
          boardWindow(4, { waiting: 5, alertLevel: 'YELLOW' }),
        ],
        alerts: [alert(1), alert(2)],
      },
      T0,
    )
    expect(summarize(state)).toEqual({ waiting: 24, servedToday: 17, yellow: 2, red: 1, openAlerts: 2 })
  })
})
