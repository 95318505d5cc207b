import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fetchBoard } from '@/api/board'
import type { Board } from '@/api/board-types'
import { alert, boardWindow } from '@/test/board'
import { useBoard } from './use-board'

vi.mock('@/api/board', () => ({ fetchBoard: vi.fn() }))

/** A fetchBoard answer the test releases when it wants. */
function pendingBoard() {
  let release: (board: Board) => void = () => {}
  vi.mocked(fetchBoard).mockImplementationOnce(() => new Promise((resolve) => (release = resolve)))
  return (board: Board) => release(board)
}

describe('useBoard', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.mocked(fetchBoard).mockReset()
  })

  it('replays on a loaded board what came live while it loaded', async () => {
    const board = useBoard()
    const answer = pendingBoard()
    const loading = board.load()
    board.apply({ type: 'window', window: boardWindow(1, { waiting: 5, alertLevel: 'YELLOW' }) })
    board.apply({ type: 'alert', alert: alert(7, 0, { resolvedAt: '2026-11-23T01:30:00Z' }) })
    // The server's answer was made before both messages.
    answer({ windows: [boardWindow(1, { waiting: 4 })], alerts: [alert(7), alert(8)] })
    await loading

    expect(board.windows.map((w) => [w.windowId, w.waiting, w.alertLevel])).toEqual([[1, 5, 'YELLOW']])
    expect(board.alerts.map((a) => a.id)).toEqual([8])
    expect(board.loaded).toBe(true)
  })

  it('keeps only the answer of the latest load', async () => {
    const board = useBoard()
    const first = pendingBoard()
    const second = pendingBoard()
    const loads = [board.load(), board.load()]
    second({ windows: [boardWindow(1, { waiting: 3 })], alerts: [] })
    first({ windows: [boardWindow(1, { waiting: 9 })], alerts: [alert(1)] })
    await Promise.all(loads)
    expect(board.windows[0]?.waiting).toBe(3)
    expect(board.alerts).toEqual([])
    expect(board.loading).toBe(false)
  })

  it('takes what the acknowledge, resolve and tidal calls return', async () => {
    const board = useBoard()
    vi.mocked(fetchBoard).mockResolvedValueOnce({ windows: [boardWindow(1)], alerts: [alert(1), alert(2)] })
    await board.load()
    board.putAlert(alert(1, 0, { acknowledgedAt: '2026-11-23T01:31:00Z' }))
    board.putAlert(alert(2, 0, { resolvedAt: '2026-11-23T01:31:00Z' }))
    board.putWindow(boardWindow(1, { clerksOnDuty: 2 }))
    expect(board.alerts.map((a) => [a.id, Boolean(a.acknowledgedAt)])).toEqual([[1, true]])
    expect(board.windows[0]?.clerksOnDuty).toBe(2)
    expect(board.summary.openAlerts).toBe(1)
  })
})
