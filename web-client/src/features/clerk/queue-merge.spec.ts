import { describe, expect, it } from 'vitest'
import { ticket, windowQueue } from '@/test/tickets'
import { mergeQueues } from './queue-merge'

const at = (minute: number) => `2026-11-23T01:${String(minute).padStart(2, '0')}:00Z`

describe('mergeQueues', () => {
  it('interleaves two windows by who has waited longer', () => {
    const a = windowQueue(1, [ticket(1, { takenAt: at(0), position: 1 }), ticket(2, { takenAt: at(20), position: 2 })])
    const b = windowQueue(2, [ticket(3, { windowId: 2, takenAt: at(10), position: 1 })])
    expect(mergeQueues([a, b]).map((t) => t.id)).toEqual([1, 3, 2])
  })

  it('puts a priority head before a longer-waiting one', () => {
    const a = windowQueue(1, [ticket(1, { takenAt: at(0) })])
    const b = windowQueue(2, [ticket(2, { windowId: 2, takenAt: at(30), priority: true })])
    expect(mergeQueues([a, b]).map((t) => t.id)).toEqual([2, 1])
  })

  it("keeps each window's own order even where it differs from the taking times", () => {
    // The server put a transferred ticket (taken late, elsewhere) at the front of window 1.
    const a = windowQueue(1, [ticket(2, { takenAt: at(40), position: 2 }), ticket(1, { takenAt: at(50), position: 1 })])
    const b = windowQueue(2, [ticket(3, { windowId: 2, takenAt: at(45), position: 1 })])
    expect(mergeQueues([a, b]).map((t) => t.id)).toEqual([3, 1, 2])
  })

  it('lists a ticket seen at two windows once, and copes with empty queues', () => {
    const moving = ticket(5, { takenAt: at(5) })
    expect(mergeQueues([windowQueue(1, [moving]), windowQueue(2, [{ ...moving, windowId: 2 }])])).toHaveLength(1)
    expect(mergeQueues([windowQueue(1, []), windowQueue(2, [])])).toEqual([])
    expect(mergeQueues([])).toEqual([])
  })
})
