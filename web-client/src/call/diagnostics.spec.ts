import { describe, expect, it, vi } from 'vitest'
import { SetupTimeline } from './diagnostics'

describe('SetupTimeline', () => {
  it('keeps the first time of each step, and hands out a copy', () => {
    const now = vi.spyOn(performance, 'now')
    const timeline = new SetupTimeline()
    now.mockReturnValue(10)
    timeline.mark('start')
    now.mockReturnValue(50)
    timeline.mark('start')
    timeline.mark('joined')
    const read = timeline.read()
    read.start = 0
    expect(timeline.read()).toEqual({ start: performance.timeOrigin + 10, joined: performance.timeOrigin + 50 })
    now.mockRestore()
  })
})
