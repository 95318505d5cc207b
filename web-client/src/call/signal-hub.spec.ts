import { describe, expect, it, vi } from 'vitest'
import { CallSignalHub, HOLD_MAX, HOLD_MS } from './signal-hub'
import type { CallNotice, SignalQueueMessage } from './signal-types'

function notice(callId: string, from: string): SignalQueueMessage {
  return { callId, type: 'joined', from, session: 's', reason: null, recording: null, stillId: null, audio: null, video: null }
}

function hubOnFakeQueue() {
  let deliver: ((message: SignalQueueMessage) => void) | null = null
  const unsubscribe = vi.fn(() => (deliver = null))
  const subscribe = vi.fn((handler: (message: SignalQueueMessage) => void) => {
    deliver = handler
    return unsubscribe
  })
  let clock = 0
  const hub = new CallSignalHub(subscribe, () => clock)
  return {
    hub,
    subscribe,
    unsubscribe,
    send: (message: SignalQueueMessage) => deliver?.(message),
    tick: (ms: number) => (clock += ms),
  }
}

describe('call signal hub', () => {
  it('keeps what comes for a call before its session listens, and hands it over in order', () => {
    const { hub, send } = hubOnFakeQueue()
    const release = hub.hold()
    send(notice('c1', '7'))
    send(notice('other', '9'))
    send(notice('c1', '8'))
    const got: string[] = []
    hub.listen('c1', (message) => got.push(`${message.callId}:${(message as CallNotice).from}`))
    release()
    send(notice('c1', '10'))
    expect(got).toEqual(['c1:7', 'c1:8', 'c1:10'])
  })

  it('shares one subscription between sessions and routes by call id', () => {
    const { hub, send, subscribe } = hubOnFakeQueue()
    const one = vi.fn()
    const two = vi.fn()
    hub.listen('c1', one)
    hub.listen('c2', two)
    send(notice('c2', '5'))
    expect(subscribe).toHaveBeenCalledTimes(1)
    expect(one).not.toHaveBeenCalled()
    expect(two).toHaveBeenCalledTimes(1)
  })

  it('hands kept messages to one session only, and drops them when too old', () => {
    const { hub, send, tick } = hubOnFakeQueue()
    hub.hold()
    send(notice('old', '1'))
    tick(HOLD_MS + 1)
    send(notice('c1', '2'))
    const first = vi.fn()
    const second = vi.fn()
    hub.listen('c1', first)
    hub.listen('c1', second)
    const late = vi.fn()
    hub.listen('old', late)
    expect(first).toHaveBeenCalledTimes(1)
    expect(second).not.toHaveBeenCalled()
    expect(late).not.toHaveBeenCalled()
  })

  it('keeps a bounded number of messages', () => {
    const { hub, send } = hubOnFakeQueue()
    hub.hold()
    for (let i = 0; i < HOLD_MAX + 50; i++) send(notice('c1', String(i)))
    const got: string[] = []
    hub.listen('c1', (message) => got.push((message as CallNotice).from ?? ''))
    expect(got).toHaveLength(HOLD_MAX)
    expect(got.at(-1)).toBe(String(HOLD_MAX + 49))
  })

  it('unsubscribes when nobody listens or holds, forgetting what it kept', () => {
    const { hub, send, unsubscribe, subscribe } = hubOnFakeQueue()
    const release = hub.hold()
    const stop = hub.listen('c1', vi.fn())
    send(notice('c2', '1'))
    stop()
    expect(unsubscribe).not.toHaveBeenCalled()
    release()
    release()
    expect(unsubscribe).toHaveBeenCalledTimes(1)
    hub.hold()
    const later = vi.fn()
    hub.listen('c2', later)
    expect(later).not.toHaveBeenCalled()
    expect(subscribe).toHaveBeenCalledTimes(2)
  })
})
