import type { PeerLink } from './peer-link'
import type { CallLogger, Timers } from './ports'
import { adapt, FULL_VIDEO, readTotals, sampleBetween, worstQuality, type Adaptation, type QualityLevel, type QualitySample, type StatsTotals } from './quality'

interface LinkWatch {
  totals: StatsTotals | null
  adaptation: Adaptation
  sample: QualitySample | null
}

export interface QualityMonitorOptions {
  links: () => readonly PeerLink[]
  timers: Timers
  log: CallLogger
  onChange: (level: QualityLevel | null) => void
  intervalMs?: number
}

/**
 * Every 2 s: reads each connected link's stats, classifies it, adapts what that link sends, and
 * reports the worst link's level for the badge. Links are watched by identity: a replaced link
 * starts again at full video.
 */
export class QualityMonitor {
  private readonly watches = new WeakMap<PeerLink, LinkWatch>()
  private timer: unknown
  private busy = false
  private level: QualityLevel | null = null

  constructor(private readonly options: QualityMonitorOptions) {}

  start(): void {
    if (this.timer !== undefined) return
    this.timer = this.options.timers.setInterval(() => void this.tick(), this.options.intervalMs ?? 2000)
  }

  stop(): void {
    this.options.timers.clearInterval(this.timer)
    this.timer = undefined
  }

  sampleOf(link: PeerLink): QualitySample | null {
    return this.watches.get(link)?.sample ?? null
  }

  async tick(): Promise<void> {
    // getStats can be slow on a struggling device: never pile up readings.
    if (this.busy) return
    this.busy = true
    try {
      const levels: QualityLevel[] = []
      for (const link of this.options.links()) {
        if (link.connectionState !== 'connected') continue
        const level = await this.measure(link)
        if (level) levels.push(level)
      }
      const overall = worstQuality(levels)
      if (overall !== this.level) {
        this.level = overall
        this.options.onChange(overall)
      }
    } finally {
      this.busy = false
    }
  }

  private async measure(link: PeerLink): Promise<QualityLevel | null> {
    const watch = this.watches.get(link) ?? { totals: null, adaptation: FULL_VIDEO, sample: null }
    this.watches.set(link, watch)
    try {
      const totals = readTotals(await link.stats(), this.options.timers.now())
      const sample = sampleBetween(watch.totals, totals)
      watch.totals = totals
      watch.sample = sample
      const next = adapt(watch.adaptation, sample.level)
      if (next.level !== watch.adaptation.level) {
        this.options.log.info(`[call] video to ${link.peerId}: level ${watch.adaptation.level} → ${next.level}`)
        await link.setVideoLevel(next.level)
      }
      watch.adaptation = next
      return sample.level
    } catch (error) {
      this.options.log.warn(`[call] stats of ${link.peerId} failed`, error)
      return null
    }
  }
}
