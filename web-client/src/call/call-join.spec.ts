import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { failedResponse } from '@/test/dom'
import { callView, fakeApi, fakeCallContext, fakePlatform, participant, settle } from '@/test/webrtc'
import { CallJoin, type CallJoinOptions } from './call-join'
import { SetupTimeline } from './diagnostics'
import { PeerLinks } from './peer-links'
import type { IncomingSignal } from './signal-types'

function offer(from: string): IncomingSignal {
  return { callId: 'c1', from, to: '3', type: 'offer', sdp: 'o', candidate: null, sdpMid: null, sdpMLineIndex: null, session: `s-${from}` }
}

describe('CallJoin', () => {
  let context: ReturnType<typeof fakeCallContext>
  let links: PeerLinks
  let steps: string[]
  let join: CallJoin

  function create(view = callView([participant(1), participant(3)]), options: Partial<CallJoinOptions> = {}) {
    context = fakeCallContext(fakeApi(view))
    const { platform } = fakePlatform()
    const sender = { send: vi.fn(), drop: vi.fn(), flush: vi.fn(() => steps.push('flush')) }
    const timeline = new SetupTimeline()
    links = new PeerLinks(context.call, { platform, sender, timeline, outgoing: () => ({ stream: null, audio: null, video: null }), present: () => true })
    join = new CallJoin(context.call, {
      session: 'mine',
      links,
      sender,
      timeline,
      mediaStage: async () => undefined,
      onAnswer: () => steps.push('answer'),
      deliver: (signal) => steps.push(`deliver:${signal.from}`),
      onJoined: () => steps.push('joined'),
      end: (reason) => steps.push(`end:${reason}`),
      ...options,
    })
  }

  beforeEach(() => {
    steps = []
  })

  afterEach(() => vi.useRealTimers())

  it('offers to a smaller id present at the join, never to a greater one', async () => {
    create(callView([participant(1), participant(3), participant(7)]))
    await join.join()
    expect(links.ids()).toEqual(['1'])
    expect(join.joined).toBe(true)
  })

  it('holds signals until the join is done, and hands them on after what waited was sent', async () => {
    create()
    join.hold(offer('7'))
    expect(steps).toEqual([])
    await join.join()
    expect(steps).toEqual(['answer', 'flush', 'deliver:7', 'joined'])
  })

  it('takes the answer of a join made with 叫号 instead of joining again, once', async () => {
    create(callView([participant(3)]), { answered: callView([participant(1), participant(3)]) })
    await join.join()
    expect(context.call.api.join).not.toHaveBeenCalled()
    expect(links.ids()).toEqual(['1'])
    expect(steps).toEqual(['answer', 'flush', 'joined'])
    await join.join()
    expect(context.call.api.join).toHaveBeenCalledTimes(1)
  })

  it('meets a peer whose joined notice came while joining once the join is answered', async () => {
    create(callView([participant(3)]))
    join.peerJoined('2', 's-2')
    join.peerJoined('5', 's-5')
    expect(links.ids()).toEqual([])
    await join.join()
    expect(links.ids()).toEqual(['2'])
  })

  it('tries again after a network error and gives up on a call that is not its own', async () => {
    vi.useFakeTimers()
    create()
    context.api.join.mockRejectedValueOnce(new Error('offline')).mockRejectedValueOnce(failedResponse(404, { code: 'not-found' }))
    await join.join()
    expect(join.joined).toBe(false)
    await vi.advanceTimersByTimeAsync(3000)
    expect(context.api.join).toHaveBeenCalledTimes(2)
    expect(context.told.problems.map((p) => p.problem)).toEqual(['join-failed'])
    expect(steps).toEqual(['end:NOT_FOUND'])
  })

  it('ends with the server’s reason when the call has already ended', async () => {
    create(callView([], { state: 'ENDED', endReason: 'NO_SHOW' }))
    context.api.join.mockRejectedValue(failedResponse(409, { code: 'call.ended' }))
    await join.join()
    await settle()
    expect(steps).toEqual(['end:NO_SHOW'])
  })

  it('joins again only when STOMP comes back after an outage, and leaves only while in the call', async () => {
    create()
    join.leave(true)
    expect(context.api.leave).not.toHaveBeenCalled()
    await join.join()
    join.signalingChanged('connected')
    join.signalingChanged('reconnecting')
    join.signalingChanged('connected')
    await settle()
    expect(context.api.join).toHaveBeenCalledTimes(2)
    join.leave(true)
    expect(context.api.leave).toHaveBeenCalledWith('c1', 'mine', true)
    context.told.ended = true
    join.rejoin()
    join.leave(false)
    expect(context.api.join).toHaveBeenCalledTimes(2)
    expect(context.api.leave).toHaveBeenCalledOnce()
  })
})
