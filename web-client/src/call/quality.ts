import type { VideoLevel } from './peer-link'

export type QualityLevel = 'good' | 'fair' | 'poor'
export const QUALITY_LEVELS: readonly QualityLevel[] = ['good', 'fair', 'poor']

/** good: RTT under 300 ms and loss under 3 %; poor: RTT over 600 ms or loss over 10 %; else fair. */
export function classifyQuality(sample: { rttMs: number | null; loss: number | null }): QualityLevel {
  const rtt = sample.rttMs ?? 0
  const loss = sample.loss ?? 0
  if (rtt > 600 || loss > 0.1) return 'poor'
  if (rtt < 300 && loss < 0.03) return 'good'
  return 'fair'
}

export function worstQuality(levels: readonly QualityLevel[]): QualityLevel | null {
  if (!levels.length) return null
  return levels.reduce((worst, level) => (QUALITY_LEVELS.indexOf(level) > QUALITY_LEVELS.indexOf(worst) ? level : worst))
}

/** Running totals of one connection's getStats() at one moment. */
export interface StatsTotals {
  at: number
  rttMs: number | null
  /** What the peer reports losing of our stream (remote-inbound-rtp), 0..1. */
  remoteLoss: number | null
  packetsLost: number
  packetsReceived: number
  bytesSent: number
  bytesReceived: number
  framesDecoded: number
  frameWidth: number
}

type Stat = Record<string, unknown> & { type: string; id: string }

const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0)
const maybe = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null)

export function readTotals(report: RTCStatsReport, at: number): StatsTotals {
  const totals: StatsTotals = {
    at,
    rttMs: null,
    remoteLoss: null,
    packetsLost: 0,
    packetsReceived: 0,
    bytesSent: 0,
    bytesReceived: 0,
    framesDecoded: 0,
    frameWidth: 0,
  }
  const pairs = new Map<string, Stat>()
  let selectedPairId: string | undefined
  let remoteRtt: number | null = null
  report.forEach((value: Stat) => {
    switch (value.type) {
      case 'transport':
        if (typeof value.selectedCandidatePairId === 'string') selectedPairId = value.selectedCandidatePairId
        break
      case 'candidate-pair':
        pairs.set(value.id, value)
        break
      case 'inbound-rtp':
        totals.packetsLost += Math.max(0, num(value.packetsLost))
        totals.packetsReceived += num(value.packetsReceived)
        totals.bytesReceived += num(value.bytesReceived)
        if (value.kind === 'video') {
          totals.framesDecoded += num(value.framesDecoded)
          totals.frameWidth = Math.max(totals.frameWidth, num(value.frameWidth))
        }
        break
      case 'outbound-rtp':
        totals.bytesSent += num(value.bytesSent)
        break
      case 'remote-inbound-rtp': {
        const fraction = maybe(value.fractionLost)
        if (fraction !== null) totals.remoteLoss = Math.max(totals.remoteLoss ?? 0, fraction)
        remoteRtt ??= maybe(value.roundTripTime)
        break
      }
    }
  })
  const pair =
    (selectedPairId ? pairs.get(selectedPairId) : undefined) ??
    [...pairs.values()].find((candidate) => candidate.state === 'succeeded' && (candidate.nominated || candidate.selected))
  const rtt = maybe(pair?.currentRoundTripTime) ?? remoteRtt
  totals.rttMs = rtt === null ? null : Math.round(rtt * 1000)
  return totals
}

export interface QualitySample {
  rttMs: number | null
  /** Fraction of packets lost over the interval, 0..1; null when nothing was expected. */
  loss: number | null
  inKbps: number
  outKbps: number
  level: QualityLevel
}

/** The interval between two readings; the first reading is measured from zero. */
export function sampleBetween(previous: StatsTotals | null, current: StatsTotals): QualitySample {
  const before = previous ?? { ...current, at: current.at, packetsLost: 0, packetsReceived: 0, bytesSent: 0, bytesReceived: 0 }
  const lost = Math.max(0, current.packetsLost - before.packetsLost)
  const received = Math.max(0, current.packetsReceived - before.packetsReceived)
  const inbound = lost + received > 0 ? lost / (lost + received) : null
  const loss = inbound === null && current.remoteLoss === null ? null : Math.max(inbound ?? 0, current.remoteLoss ?? 0)
  const seconds = previous ? Math.max(0.001, (current.at - previous.at) / 1000) : 0
  const kbps = (bytes: number) => (seconds ? Math.round((Math.max(0, bytes) * 8) / 1000 / seconds) : 0)
  const sample = {
    rttMs: current.rttMs,
    loss,
    inKbps: kbps(current.bytesReceived - before.bytesReceived),
    outKbps: kbps(current.bytesSent - before.bytesSent),
  }
  return { ...sample, level: classifyQuality(sample) }
}

/** Where the outgoing camera stands and how long the link has been poor or good in a row. */
export interface Adaptation {
  level: VideoLevel
  poorStreak: number
  goodStreak: number
}

export const FULL_VIDEO: Adaptation = { level: 0, poorStreak: 0, goodStreak: 0 }

/**
 * Steps the outgoing camera down on a poor link and back up on a good one: 2 poor samples in a row
 * halve the resolution, 3 more pause the video (audio goes on), 5 good ones step back up one level.
 * A fair sample breaks both runs.
 */
export function adapt(state: Adaptation, quality: QualityLevel): Adaptation {
  if (quality === 'fair') return { ...state, poorStreak: 0, goodStreak: 0 }
  if (quality === 'poor') {
    const poorStreak = state.poorStreak + 1
    if (state.level === 0 && poorStreak >= 2) return { level: 1, poorStreak: 0, goodStreak: 0 }
    if (state.level === 1 && poorStreak >= 3) return { level: 2, poorStreak: 0, goodStreak: 0 }
    return { ...state, poorStreak, goodStreak: 0 }
  }
  const goodStreak = state.goodStreak + 1
  if (state.level > 0 && goodStreak >= 5) return { level: (state.level - 1) as VideoLevel, poorStreak: 0, goodStreak: 0 }
  return { ...state, poorStreak: 0, goodStreak }
}
