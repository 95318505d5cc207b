import { describe, expect, it, vi } from 'vitest'
import type { PeerLink } from './peer-link'
import { QualityMonitor } from './quality-monitor'

const silent = { info: () => {}, warn: () => {} }

/** A link whose round-trip time the test sets before each reading. */
function link(peerId: string) {
  const fake = {
    peerId,
    connectionState: 'connected' as RTCPeerConnectionState,
    rtt: 0.05,
    setVideoLevel: vi.fn(async () => undefined),
    stats: async () =>
      new Map([
        ['T', { id: 'T', type: 'transport', selectedCandidatePairId: 'P' }],
        ['P', { id: 'P', type: 'candidate-pair', state: 'succeeded', currentRoundTripTime: fake.rtt }],
      ]),
  }
  return fake
}

describe('QualityMonitor', () => {
  it('reports the worst link and steps down only the link that is poor', async () => {
    const good = link('1')
    const bad = link('5')
    let now = 0
    const levels: (string | null)[] = []
    const monitor = new QualityMonitor({
      links: () => [good, bad] as unknown as PeerLink[],
      timers: { setTimeout, clearTimeout, setInterval, clearInterval, now: () => (now += 2000) } as never,
      log: silent,
      onChange: (level) => levels.push(level),
    })
    await monitor.tick()
    expect(levels).toEqual(['good'])
    bad.rtt = 0.9
    await monitor.tick()
    expect(bad.setVideoLevel).not.toHaveBeenCalled()
    await monitor.tick()
    expect(bad.setVideoLevel).toHaveBeenCalledWith(1)
    expect(good.setVideoLevel).not.toHaveBeenCalled()
    expect(levels).toEqual(['good', 'poor'])
    for (let sample = 0; sample < 3; sample++) await monitor.tick()
    expect(bad.setVideoLevel).toHaveBeenLastCalledWith(2)
    bad.rtt = 0.05
    for (let sample = 0; sample < 5; sample++) await monitor.tick()
    expect(bad.setVideoLevel).toHaveBeenLastCalledWith(1)
    expect(levels.at(-1)).toBe('good')
  })

  it('leaves links that are not connected alone and says nothing without any', async () => {
    const idle = { ...link('1'), connectionState: 'connecting' as RTCPeerConnectionState }
    const onChange = vi.fn()
    const monitor = new QualityMonitor({ links: () => [idle] as unknown as PeerLink[], timers: { now: () => 0 } as never, log: silent, onChange })
    await monitor.tick()
    expect(onChange).not.toHaveBeenCalled()
  })
})
