import type { SignalQueueMessage } from './signal-types'

/** How long a message for a call nobody here listens to is kept for a session about to start. */
export const HOLD_MS = 10_000
/** At most this many are kept: a flood for calls this page never takes must not grow without end. */
export const HOLD_MAX = 200

type Handler = (message: SignalQueueMessage) => void

/**
 * This page's one subscription to its call signals (`/user/queue/signal`), shared by its call
 * sessions by call id, keeping what comes for a call no session listens to yet. The desk is in a
 * call's room with the answer to 叫号, before its session exists: the tablet's `joined` notice and
 * offer can come first and must wait for it, not be lost. Open while anyone listens or holds.
 */
export class CallSignalHub {
  private readonly listeners = new Map<string, Set<Handler>>()
  private held: { message: SignalQueueMessage; at: number }[] = []
  private holds = 0
  private unsubscribe: (() => void) | null = null

  constructor(
    private readonly subscribe: (deliver: Handler) => () => void,
    private readonly now: () => number,
    private readonly holdMs = HOLD_MS,
  ) {}

  /** Keeps the subscription open (and so keeps messages) until the returned function is called. */
  hold(): () => void {
    this.holds++
    this.open()
    let released = false
    return () => {
      if (released) return
      released = true
      this.holds--
      this.closeIfIdle()
    }
  }

  /** `handler` gets what was kept for `callId`, in order, then every new message for it. */
  listen(callId: string, handler: Handler): () => void {
    let handlers = this.listeners.get(callId)
    if (!handlers) this.listeners.set(callId, (handlers = new Set()))
    handlers.add(handler)
    this.open()
    const kept = this.held.filter((entry) => entry.message.callId === callId)
    this.held = this.held.filter((entry) => entry.message.callId !== callId)
    for (const entry of kept) handler(entry.message)
    return () => {
      if (!handlers.delete(handler)) return
      if (!handlers.size) this.listeners.delete(callId)
      this.closeIfIdle()
    }
  }

  private deliver(message: SignalQueueMessage): void {
    const handlers = this.listeners.get(message.callId)
    if (handlers) {
      for (const handler of [...handlers]) handler(message)
      return
    }
    const now = this.now()
    this.held = this.held.filter((entry) => now - entry.at < this.holdMs).slice(-(HOLD_MAX - 1))
    this.held.push({ message, at: now })
  }

  private open(): void {
    this.unsubscribe ??= this.subscribe((message) => this.deliver(message))
  }

  private closeIfIdle(): void {
    if (this.holds > 0 || this.listeners.size > 0 || !this.unsubscribe) return
    this.unsubscribe()
    this.unsubscribe = null
    this.held = []
  }
}
