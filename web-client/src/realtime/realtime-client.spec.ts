import { beforeEach, describe, expect, it, vi } from 'vitest'
import { destinations, type Destination } from './destinations'
import type { ConnectionState } from './events'
import { exponentialBackoff } from './reconnect-policy'
import { RealtimeClient, type Timers } from './realtime-client'
import type { Connection, Transport, TransportHandlers } from './transport'

/** One connection attempt of the fake broker: what it was asked to subscribe to, and its controls. */
class FakeConnection implements Connection {
  readonly live = new Map<string, (body: string) => void>()
  readonly published: { destination: string; body: string }[] = []
  closedByClient = false
  failPublish = false

  constructor(readonly handlers: TransportHandlers) {}

  subscribe(destination: string, onMessage: (body: string) => void): () => void {
    this.live.set(destination, onMessage)
    return () => this.live.delete(destination)
  }

  publish(destination: string, body: string): void {
    if (this.failPublish) throw new Error('socket gone')
    this.published.push({ destination, body })
  }

  close(): void {
    this.closedByClient = true
  }

  send(destination: string, payload: unknown): void {
    this.live.get(destination)?.(typeof payload === 'string' ? payload : JSON.stringify(payload))
  }
}

/** Timers run by hand, recording the delays asked for. */
function manualTimers() {
  const pending = new Map<number, () => void>()
  const delays: number[] = []
  let next = 0
  const timers: Timers = {
    set: (callback, ms) => {
      delays.push(ms)
      pending.set(++next, callback)
      return next
    },
    clear: (handle) => pending.delete(handle as number),
  }
  const runAll = () => {
    const due = [...pending.values()]
    pending.clear()
    due.forEach((callback) => callback())
  }
  return { timers, delays, pending, runAll }
}

const queue: Destination<{ windowId: number }> = destinations.windowQueue(7)
const silent = { info: () => {}, warn: () => {} }

describe('RealtimeClient', () => {
  let attempts: FakeConnection[]
  let clock: ReturnType<typeof manualTimers>
  let client: RealtimeClient
  let states: ConnectionState[]
  const last = () => attempts[attempts.length - 1] as FakeConnection

  function start(policy = exponentialBackoff({ initialMs: 1000, maxMs: 8000, jitter: 0 })) {
    const transport: Transport = (handlers) => {
      const connection = new FakeConnection(handlers)
      attempts.push(connection)
      return connection
    }
    client = new RealtimeClient(transport, { policy, timers: clock.timers, log: silent })
    states = []
    client.events.on('state', (state) => states.push(state))
  }

  beforeEach(() => {
    attempts = []
    clock = manualTimers()
    start()
  })

  it('connects on the first subscription and delivers parsed messages once connected', () => {
    const handler = vi.fn()
    client.subscribe(queue, handler)
    expect(attempts).toHaveLength(1)
    expect(client.state).toBe('connecting')
    last().handlers.onConnected()
    last().send('/topic/windows/7', { windowId: 7 })
    expect(handler).toHaveBeenCalledWith({ windowId: 7 })
    expect(states).toEqual(['connecting', 'connected'])
  })

  it('reconnects with growing delays and subscribes everything again', () => {
    const onQueue = vi.fn()
    const onNotice = vi.fn()
    client.subscribe(queue, onQueue)
    client.subscribe(destinations.notifications, onNotice)
    last().handlers.onConnected()

    for (let drop = 0; drop < 4; drop++) {
      last().handlers.onClosed('socket-closed')
      expect(client.state).toBe('reconnecting')
      clock.runAll()
    }
    expect(clock.delays).toEqual([1000, 2000, 4000, 8000])
    expect(attempts).toHaveLength(5)

    last().handlers.onConnected()
    expect([...last().live.keys()].sort()).toEqual(['/topic/windows/7', '/user/queue/notifications'])
    last().send('/user/queue/notifications', { change: 'CALLED' })
    expect(onNotice).toHaveBeenCalledWith({ change: 'CALLED' })
    expect(states).toEqual(['connecting', 'connected', 'reconnecting', 'connected'])
  })

  it('starts the backoff over after a successful reconnection', () => {
    client.subscribe(queue, vi.fn())
    last().handlers.onClosed('socket-closed')
    clock.runAll()
    last().handlers.onClosed('broker-error', 'refused')
    clock.runAll()
    last().handlers.onConnected()
    last().handlers.onClosed('socket-closed')
    expect(clock.delays).toEqual([1000, 2000, 1000])
  })

  it('does not subscribe again what was unsubscribed while the link was down', () => {
    const off = client.subscribe(queue, vi.fn())
    client.subscribe(destinations.notifications, vi.fn())
    last().handlers.onConnected()
    last().handlers.onClosed('socket-closed')
    off()
    clock.runAll()
    last().handlers.onConnected()
    expect([...last().live.keys()]).toEqual(['/user/queue/notifications'])
  })

  it('closes after the last unsubscribe and ignores the abandoned attempt', () => {
    const off = client.subscribe(queue, vi.fn())
    const first = last()
    off()
    expect(first.closedByClient).toBe(true)
    expect(client.state).toBe('idle')
    first.handlers.onClosed('socket-closed')
    expect(clock.pending.size).toBe(0)
    expect(client.state).toBe('idle')
  })

  it('cancels a scheduled reconnection when stopped', () => {
    const off = client.subscribe(queue, vi.fn())
    last().handlers.onClosed('socket-closed')
    off()
    clock.runAll()
    expect(attempts).toHaveLength(1)
  })

  it('reconnects at once when asked, without waiting for the timer', () => {
    client.subscribe(queue, vi.fn())
    last().handlers.onClosed('socket-closed')
    client.reconnectNow()
    expect(attempts).toHaveLength(2)
    expect(clock.pending.size).toBe(0)
  })

  it('gives up when the policy says so', () => {
    start(exponentialBackoff({ maxAttempts: 1, jitter: 0 }))
    client.subscribe(queue, vi.fn())
    last().handlers.onClosed('socket-closed')
    clock.runAll()
    last().handlers.onClosed('socket-closed')
    expect(client.state).toBe('gave-up')
    expect(clock.pending.size).toBe(0)
  })

  it('reports a bad payload or a failing handler without losing the subscription', () => {
    const errors: string[] = []
    client.events.on('error', (error) => errors.push(error.reason))
    const handler = vi.fn().mockImplementationOnce(() => {
      throw new Error('boom')
    })
    client.subscribe(queue, handler)
    last().handlers.onConnected()
    last().send('/topic/windows/7', 'not json')
    last().send('/topic/windows/7', { windowId: 1 })
    last().send('/topic/windows/7', { windowId: 2 })
    expect(errors).toEqual(['bad-payload', 'handler-failed'])
    expect(handler).toHaveBeenLastCalledWith({ windowId: 2 })
  })
})

describe('RealtimeClient.publish', () => {
  let attempts: FakeConnection[]
  let clock: ReturnType<typeof manualTimers>
  let client: RealtimeClient
  const last = () => attempts[attempts.length - 1] as FakeConnection

  beforeEach(() => {
    attempts = []
    clock = manualTimers()
    const transport: Transport = (handlers) => {
      const connection = new FakeConnection(handlers)
      attempts.push(connection)
      return connection
    }
    client = new RealtimeClient(transport, { policy: exponentialBackoff({ jitter: 0 }), timers: clock.timers, log: silent })
  })

  it('sends JSON while connected', () => {
    client.subscribe(queue, vi.fn())
    last().handlers.onConnected()
    expect(client.publish('/app/calls/c1/signal', { type: 'offer', to: '7' })).toBe(true)
    expect(last().published).toEqual([{ destination: '/app/calls/c1/signal', body: '{"type":"offer","to":"7"}' }])
  })

  it('refuses while idle, connecting or reconnecting, and sends nothing later', () => {
    expect(client.publish('/app/x', {})).toBe(false)
    client.subscribe(queue, vi.fn())
    expect(client.publish('/app/x', {})).toBe(false)
    last().handlers.onConnected()
    last().handlers.onClosed('socket-closed')
    expect(client.publish('/app/x', {})).toBe(false)
    clock.runAll()
    last().handlers.onConnected()
    expect(attempts.flatMap((attempt) => attempt.published)).toEqual([])
  })

  it('reports a send on a dying socket as not sent', () => {
    client.subscribe(queue, vi.fn())
    last().handlers.onConnected()
    last().failPublish = true
    expect(client.publish('/app/x', {})).toBe(false)
  })
})

describe('exponentialBackoff', () => {
  it('spreads the delay by the jitter around the base', () => {
    const low = exponentialBackoff({ jitter: 0.2, random: () => 0 })
    const high = exponentialBackoff({ jitter: 0.2, random: () => 1 })
    expect(low.nextDelay(2)).toBe(1600)
    expect(high.nextDelay(2)).toBe(2400)
    expect(high.nextDelay(10)).toBe(30000)
  })
})
