import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CallSession } from './call-session'
import { PreparedCalls } from './prepared-calls'

function fakeSession() {
  return { start: vi.fn(async () => {}), dispose: vi.fn() } as unknown as CallSession & { start: ReturnType<typeof vi.fn>; dispose: ReturnType<typeof vi.fn> }
}

describe('prepared calls', () => {
  afterEach(() => vi.useRealTimers())

  it('starts a call once and hands it to its view once', () => {
    const calls = new PreparedCalls()
    const session = fakeSession()
    const create = vi.fn(() => session)
    calls.prepare('c1', create)
    calls.prepare('c1', create)
    expect(create).toHaveBeenCalledTimes(1)
    expect(session.start).toHaveBeenCalledTimes(1)
    expect(calls.take('c1')).toBe(session)
    expect(calls.take('c1')).toBeUndefined()
    expect(calls.take('other')).toBeUndefined()
  })

  it('leaves a call that no view took', async () => {
    vi.useFakeTimers()
    const calls = new PreparedCalls(1000)
    const untaken = fakeSession()
    const taken = fakeSession()
    calls.prepare('c1', () => untaken)
    calls.prepare('c2', () => taken)
    calls.take('c2')
    await vi.advanceTimersByTimeAsync(1000)
    expect(untaken.dispose).toHaveBeenCalled()
    expect(taken.dispose).not.toHaveBeenCalled()
    expect(calls.take('c1')).toBeUndefined()
  })
})
