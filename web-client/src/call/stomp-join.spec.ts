import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ConnectionState } from '@/realtime/events'
import { callView, participant } from '@/test/webrtc'
import { browserTimers } from './ports'
import { STOMP_JOIN_WAIT_MS, StompJoin } from './stomp-join'

function fixture(state: ConnectionState = 'connected', published = true) {
  const port = { state, publish: vi.fn(() => published) }
  const overHttp = vi.fn(async () => callView([participant(9)]))
  const join = new StompJoin(port, '/app/calls/c1/join', overHttp, browserTimers)
  return { port, overHttp, join }
}

describe('StompJoin', () => {
  afterEach(() => vi.useRealTimers())

  it('sends the join over STOMP and takes the answer from the signal queue, HTTP untouched', async () => {
    const { port, overHttp, join } = fixture()
    const joining = join.join('page-1')
    expect(port.publish).toHaveBeenCalledWith('/app/calls/c1/join', { session: 'page-1' })
    const view = callView([participant(1)])
    join.answered(view)
    await expect(joining).resolves.toBe(view)
    expect(overHttp).not.toHaveBeenCalled()
  })

  it('joins over HTTP while STOMP is down, when the frame cannot go, or while another join waits', async () => {
    for (const { port, overHttp, join } of [fixture('reconnecting'), fixture('connected', false)]) {
      await join.join('page-1')
      expect(overHttp).toHaveBeenCalledWith('page-1')
      expect(port.publish.mock.calls.length).toBeLessThanOrEqual(1)
    }
    const { overHttp, join } = fixture()
    void join.join('page-1')
    await join.join('page-1')
    expect(overHttp).toHaveBeenCalledTimes(1)
    const port = { state: 'connected' as const, publish: vi.fn(() => true) }
    const noDestination = new StompJoin(port, undefined, overHttp, browserTimers)
    await noDestination.join('page-2')
    expect(port.publish).not.toHaveBeenCalled()
    expect(overHttp).toHaveBeenCalledWith('page-2')
  })

  it('falls back to HTTP on a refusal or when no answer comes in time, and ignores a late answer', async () => {
    vi.useFakeTimers()
    const refused = fixture()
    const first = refused.join.join('page-1')
    refused.join.refused()
    await expect(first).resolves.toEqual(callView([participant(9)]))

    const silent = fixture()
    const second = silent.join.join('page-2')
    await vi.advanceTimersByTimeAsync(STOMP_JOIN_WAIT_MS - 1)
    expect(silent.overHttp).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(silent.overHttp).toHaveBeenCalledWith('page-2')
    silent.join.answered(callView([participant(1)]))
    await expect(second).resolves.toEqual(callView([participant(9)]))
  })
})
