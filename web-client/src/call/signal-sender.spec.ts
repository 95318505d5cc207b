import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeSignaling } from '@/test/webrtc'
import { browserTimers } from './ports'
import { SignalSender } from './signal-sender'

describe('SignalSender', () => {
  let port: FakeSignaling
  let sender: SignalSender

  beforeEach(() => {
    vi.useFakeTimers()
    port = new FakeSignaling()
    sender = new SignalSender(port, '/app/calls/c1/signal', browserTimers, { perSecond: 3 })
  })

  afterEach(() => vi.useRealTimers())

  const candidate = (to: string, n: number) => ({ type: 'candidate' as const, to, candidate: `c${n}` })

  it('sends at most the allowed number per second, in order', () => {
    for (let n = 1; n <= 5; n++) sender.send(candidate('7', n))
    expect(port.published.map((p) => p.body.candidate)).toEqual(['c1', 'c2', 'c3'])
    vi.advanceTimersByTime(1000)
    expect(port.published.map((p) => p.body.candidate)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5'])
    expect(port.published[0]?.destination).toBe('/app/calls/c1/signal')
  })

  it('keeps what could not go while STOMP was down and sends it on flush', () => {
    port.state = 'reconnecting'
    sender.send(candidate('7', 1))
    sender.send({ type: 'offer', to: '7', sdp: 'o' })
    expect(port.published).toEqual([])
    expect(sender.pending).toBe(2)
    port.state = 'connected'
    sender.flush()
    expect(port.published.map((p) => p.body.type)).toEqual(['candidate', 'offer'])
  })

  it('forgets the queued signals of a replaced link', () => {
    port.state = 'reconnecting'
    sender.send(candidate('7', 1))
    sender.send(candidate('8', 2))
    sender.drop('7')
    port.state = 'connected'
    sender.flush()
    expect(port.published.map((p) => p.body.to)).toEqual(['8'])
  })
})
