/** Recent progress only: a link that slowed down should show the slow figure soon. */
const WINDOW_MS = 5000

/** Speed and time left of one upload, from its progress reports. */
export class RateMeter {
  private samples: { at: number; bytes: number }[] = []

  record(at: number, bytes: number): void {
    this.samples.push({ at, bytes })
    while (this.samples.length > 2 && at - (this.samples[0]?.at ?? at) > WINDOW_MS) this.samples.shift()
  }

  reset(): void {
    this.samples = []
  }

  /** Bytes per second, null until two reports some time apart. */
  speed(): number | null {
    const first = this.samples[0]
    const last = this.samples[this.samples.length - 1]
    if (!first || !last || last.at <= first.at) return null
    return Math.max(0, ((last.bytes - first.bytes) * 1000) / (last.at - first.at))
  }

  /** Whole seconds to send `remaining` bytes at the current speed; null when unknown. */
  secondsLeft(remaining: number): number | null {
    const speed = this.speed()
    if (!speed) return null
    return Math.ceil(Math.max(0, remaining) / speed)
  }
}
