import type { SignalingPort, Timers } from './ports'
import type { OutgoingSignal } from './signal-types'

export interface SignalSenderOptions {
  /** Below the server's limit (about 50 per second per connection), leaving room for other sends. */
  perSecond?: number
  /** A long outage must not grow the queue without bound; the oldest go first. */
  maxQueued?: number
}

/**
 * Sends signals in order, paced under the server's rate limit, and keeps what could not be sent
 * while STOMP was down until `flush()` after the reconnection. A burst of trickled candidates for
 * several peers would otherwise trip `call.too-fast` and be lost.
 */
export class SignalSender {
  private readonly queue: OutgoingSignal[] = []
  private readonly sentAt: number[] = []
  private readonly perSecond: number
  private readonly maxQueued: number
  private timer: unknown
  private disposed = false

  constructor(
    private readonly port: SignalingPort,
    private readonly destination: string,
    private readonly timers: Timers,
    options: SignalSenderOptions = {},
  ) {
    this.perSecond = options.perSecond ?? 40
    this.maxQueued = options.maxQueued ?? 500
  }

  send(signal: OutgoingSignal): void {
    if (this.disposed) return
    this.queue.push(signal)
    if (this.queue.length > this.maxQueued) this.queue.shift()
    this.pump()
  }

  /** After a reconnection: send what waited. */
  flush(): void {
    this.pump()
  }

  /** Forgets what waits for a peer whose link was replaced: its offers and candidates are stale. */
  drop(to: string): void {
    for (let index = this.queue.length - 1; index >= 0; index--) {
      if (this.queue[index]?.to === to) this.queue.splice(index, 1)
    }
  }

  get pending(): number {
    return this.queue.length
  }

  dispose(): void {
    this.disposed = true
    this.queue.length = 0
    this.timers.clearTimeout(this.timer)
    this.timer = undefined
  }

  private pump(): void {
    if (this.timer !== undefined) return
    while (this.queue.length) {
      const now = this.timers.now()
      while (this.sentAt.length && now - (this.sentAt[0] as number) >= 1000) this.sentAt.shift()
      if (this.sentAt.length >= this.perSecond) {
        const wait = 1000 - (now - (this.sentAt[0] as number))
        this.timer = this.timers.setTimeout(() => {
          this.timer = undefined
          this.pump()
        }, Math.max(1, wait))
        return
      }
      if (!this.port.publish(this.destination, this.queue[0])) return
      this.queue.shift()
      this.sentAt.push(now)
    }
  }
}
