import { describe, expect, it } from 'vitest'
import { candidate, consultation } from '@/test/consult'
import { upsertLive } from './consult-list'

describe('upsertLive', () => {
  it('puts a new live request first and replaces an older copy in place of it', () => {
    const older = consultation(1, { requestedAt: '2026-11-23T01:00:00Z' })
    const newer = consultation(2, { requestedAt: '2026-11-23T01:05:00Z' })
    const list = upsertLive(upsertLive([], older), newer)
    expect(list.map((c) => c.id)).toEqual([2, 1])
    expect(upsertLive(list, { ...older, state: 'ANSWERED' }).map((c) => [c.id, c.state])).toEqual([
      [2, 'OPEN'],
      [1, 'ANSWERED'],
    ])
  })

  it('drops a concluded or cancelled one', () => {
    const list = [consultation(1), consultation(2)]
    expect(upsertLive(list, consultation(1, { state: 'CONCLUDED' })).map((c) => c.id)).toEqual([2])
    expect(upsertLive(list, consultation(2, { state: 'CANCELLED' })).map((c) => c.id)).toEqual([1])
  })

  it('takes each copy’s candidates as they are ranked now, none included', () => {
    const list = [consultation(1, { candidates: [candidate(5), candidate(6)] })]
    expect(upsertLive(list, consultation(1, { candidates: [candidate(6, { availability: 'BUSY' })] }))[0]?.candidates).toEqual([
      candidate(6, { availability: 'BUSY' }),
    ])
    expect(upsertLive(list, consultation(1, { state: 'ANSWERED' }))[0]?.candidates).toEqual([])
  })
})
