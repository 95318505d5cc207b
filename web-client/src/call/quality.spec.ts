import { describe, expect, it } from 'vitest'
import { adapt, classifyQuality, FULL_VIDEO, readTotals, sampleBetween, worstQuality, type Adaptation, type QualityLevel } from './quality'

describe('classifyQuality', () => {
  it.each([
    [{ rttMs: 50, loss: 0 }, 'good'],
    [{ rttMs: 299, loss: 0.029 }, 'good'],
    [{ rttMs: 300, loss: 0 }, 'fair'],
    [{ rttMs: 100, loss: 0.03 }, 'fair'],
    [{ rttMs: 600, loss: 0.1 }, 'fair'],
    [{ rttMs: 601, loss: 0 }, 'poor'],
    [{ rttMs: 20, loss: 0.11 }, 'poor'],
    [{ rttMs: null, loss: null }, 'good'],
  ] as const)('%o is %s', (sample, level) => {
    expect(classifyQuality(sample)).toBe(level)
  })

  it('takes the worst link for the badge', () => {
    expect(worstQuality(['good', 'poor', 'fair'])).toBe('poor')
    expect(worstQuality([])).toBeNull()
  })
})

describe('adapt', () => {
  const run = (levels: QualityLevel[], from: Adaptation = FULL_VIDEO) => levels.reduce(adapt, from)
  const P: QualityLevel = 'poor'
  const G: QualityLevel = 'good'
  const F: QualityLevel = 'fair'

  it('halves the resolution after 2 poor samples in a row', () => {
    expect(run([P]).level).toBe(0)
    expect(run([P, P]).level).toBe(1)
    expect(run([P, F, P]).level).toBe(0)
  })

  it('pauses the video when still poor after 3 more', () => {
    expect(run([P, P, P, P]).level).toBe(1)
    expect(run([P, P, P, P, P]).level).toBe(2)
    expect(run([P, P, P, P, P, P, P, P, P]).level).toBe(2)
  })

  it('steps back up one level after 5 good samples in a row', () => {
    const paused = run([P, P, P, P, P])
    expect(run([G, G, G, G], paused).level).toBe(2)
    expect(run([G, G, G, G, G], paused).level).toBe(1)
    expect(run([G, G, G, G, G, G, G, G, G, G], paused).level).toBe(0)
    expect(run([G, G, F, G, G, G, G], paused).level).toBe(2)
    expect(run([G, G, G, G, G, G, G]).level).toBe(0)
  })
})

describe('stats readings', () => {
  function report(stats: Record<string, unknown>[]): RTCStatsReport {
    return new Map(stats.map((stat) => [String(stat.id), stat])) as unknown as RTCStatsReport
  }

  const at = (ms: number, lost: number, received: number, bytesIn: number, bytesOut: number) =>
    readTotals(
      report([
        { id: 'T', type: 'transport', selectedCandidatePairId: 'P1' },
        { id: 'P0', type: 'candidate-pair', state: 'failed', currentRoundTripTime: 2 },
        { id: 'P1', type: 'candidate-pair', state: 'succeeded', currentRoundTripTime: 0.12 },
        { id: 'IV', type: 'inbound-rtp', kind: 'video', packetsLost: lost, packetsReceived: received, bytesReceived: bytesIn, framesDecoded: 30, frameWidth: 1280 },
        { id: 'IA', type: 'inbound-rtp', kind: 'audio', packetsLost: 0, packetsReceived: 50, bytesReceived: 0 },
        { id: 'OV', type: 'outbound-rtp', kind: 'video', bytesSent: bytesOut },
      ]),
      ms,
    )

  it('reads RTT from the selected pair and the video figures', () => {
    const totals = at(0, 0, 100, 0, 0)
    expect(totals).toMatchObject({ rttMs: 120, framesDecoded: 30, frameWidth: 1280, packetsReceived: 150 })
  })

  it('measures loss and bitrates over the interval', () => {
    const first = at(0, 10, 1000, 0, 0)
    const second = at(2000, 70, 1540, 500_000, 250_000)
    const sample = sampleBetween(first, second)
    // 60 lost of 60 + 540 (the audio stayed at 50 received).
    expect(sample.loss).toBeCloseTo(0.1)
    expect(sample.inKbps).toBe(2000)
    expect(sample.outKbps).toBe(1000)
    expect(sample.level).toBe('fair')
  })

  it('counts what the peer reports losing of our stream', () => {
    const totals = readTotals(report([{ id: 'R', type: 'remote-inbound-rtp', fractionLost: 0.2, roundTripTime: 0.05 }]), 0)
    const sample = sampleBetween(null, totals)
    expect(sample).toMatchObject({ rttMs: 50, loss: 0.2, level: 'poor' })
  })
})
