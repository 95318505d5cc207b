import type { Destination } from './destinations'
import { RealtimeError } from './errors'
import { Emitter, type ConnectionState, type RealtimeEvents } from './events'
import type { ReconnectPolicy } from './reconnect-policy'
import type { CloseReason, Connection, Transport } from './transport'

export interface Timers {
  set(callback: () => void, ms: number): unknown
  clear(handle: unknown): void
}

export interface RealtimeLogger {
  info(message: string): void
  warn(message: string, error?: unknown): void
}

export interface RealtimeOptions {
  policy: ReconnectPolicy
  timers?: Timers
  log?: RealtimeLogger
}

interface Entry {
  readonly destination: string
  readonly deliver: (body: string) => void
  detach?: () => void
}

const browserTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

/**
 * Keeps one connection open while anything is subscribed: connects on the first subscription,
 * closes after the last one goes, reconnects by the policy when the link drops, and subscribes
 * everything again on every (re)connection. Messages sent while disconnected are lost: callers
 * reload their state on `state: connected` (see the `useConnectionState` composable).
 */
export class RealtimeClient {
  readonly events = new Emitter<RealtimeEvents>()
  private readonly entries = new Set<Entry>()
  private readonly timers: Timers
  private readonly log: RealtimeLogger
  private connection: Connection | undefined
  /** Bumped for every attempt and on stop, so callbacks of an abandoned attempt are ignored. */
  private generation = 0
  private attempt = 0
  private timer: unknown
  private current: ConnectionState = 'idle'

  constructor(
    private readonly transport: Transport,
    private readonly options: RealtimeOptions,
  ) {
    this.timers = options.timers ?? browserTimers
    this.log = options.log ?? console
  }

  get state(): ConnectionState {
    return this.current
  }

  /** Delivers each message's JSON body to `handler`; returns the function that unsubscribes. */
  subscribe<T>(destination: Destination<T>, handler: (payload: T) => void): () => void {
    const entry: Entry = { destination: destination.path, deliver: (body) => this.deliver(entry, body, handler) }
    this.entries.add(entry)
    if (this.current === 'connected') this.attach(entry)
    else if (this.current === 'idle') this.open()
    return () => {
      if (!this.entries.delete(entry)) return
      entry.detach?.()
      entry.detach = undefined
      if (!this.entries.size) this.stop()
    }
  }

  /**
   * Sends `body` as JSON. False while not connected: nothing is queued here, because only the
   * caller knows whether a late message still makes sense (a stale ICE candidate does not).
   */
  publish(destination: string, body: unknown): boolean {
    if (this.current !== 'connected' || !this.connection) return false
    try {
      this.connection.publish(destination, JSON.stringify(body))
      return true
    } catch (error) {
      // stompjs throws when the socket died before the close was reported.
      this.log.warn(`[realtime] publish to ${destination} failed`, error)
      return false
    }
  }

  /** Skips the wait after a drop, e.g. when the browser reports the network back. */
  reconnectNow(): void {
    if (this.current !== 'reconnecting' && this.current !== 'gave-up') return
    this.timers.clear(this.timer)
    this.attempt = 0
    this.open()
  }

  stop(): void {
    this.generation++
    this.timers.clear(this.timer)
    this.connection?.close()
    this.connection = undefined
    this.attempt = 0
    for (const entry of this.entries) entry.detach = undefined
    this.setState('idle')
  }

  private open(): void {
    const generation = ++this.generation
    this.setState(this.current === 'idle' ? 'connecting' : 'reconnecting')
    this.connection = this.transport({
      onConnected: () => {
        if (generation !== this.generation) return
        this.attempt = 0
        for (const entry of this.entries) this.attach(entry)
        this.log.info(`[realtime] connected, ${this.entries.size} subscription(s)`)
        this.setState('connected')
      },
      onClosed: (reason, detail) => {
        if (generation !== this.generation) return
        this.connection = undefined
        for (const entry of this.entries) entry.detach = undefined
        this.closed(reason, detail)
      },
    })
  }

  private closed(reason: CloseReason, detail?: string): void {
    this.events.emit('error', new RealtimeError(reason, detail ?? reason))
    const delay = this.options.policy.nextDelay(++this.attempt)
    if (delay === null) {
      this.log.warn(`[realtime] ${reason}; gave up after ${this.attempt - 1} attempt(s)`)
      this.setState('gave-up')
      return
    }
    this.log.info(`[realtime] ${reason}; reconnect attempt ${this.attempt} in ${delay} ms`)
    this.setState('reconnecting')
    this.timer = this.timers.set(() => this.open(), delay)
  }

  private attach(entry: Entry): void {
    entry.detach = this.connection?.subscribe(entry.destination, entry.deliver)
  }

  private deliver<T>(entry: Entry, body: string, handler: (payload: T) => void): void {
    let payload: T
    try {
      payload = JSON.parse(body) as T
    } catch (error) {
      this.fail(new RealtimeError('bad-payload', 'message body is not JSON', entry.destination), error)
      return
    }
    try {
      handler(payload)
    } catch (error) {
      this.fail(new RealtimeError('handler-failed', 'a subscriber failed', entry.destination), error)
    }
  }

  private fail(error: RealtimeError, cause: unknown): void {
    this.log.warn(`[realtime] ${error.reason} on ${error.destination}`, cause)
    this.events.emit('error', error)
  }

  private setState(state: ConnectionState): void {
    if (state === this.current) return
    this.current = state
    this.events.emit('state', state)
  }
}
