import { beforeEach, describe, expect, it, vi } from 'vitest'
import { callView, fakeApi, fakeCallContext, FakePeerConnection, fakePlatform, settle } from '@/test/webrtc'
import { SetupTimeline } from './diagnostics'
import { PeerLinks, rtcIceServers } from './peer-links'
import type { IncomingSignal } from './signal-types'

function signal(type: IncomingSignal['type'], session = 's-7'): IncomingSignal {
  return { callId: 'c1', from: '7', to: '3', type, sdp: 'sdp', candidate: null, sdpMid: null, sdpMLineIndex: null, session }
}

describe('PeerLinks', () => {
  let context: ReturnType<typeof fakeCallContext>
  let links: PeerLinks
  let timeline: SetupTimeline
  let present: boolean
  const sender = { send: vi.fn(), drop: vi.fn() }
  const pcs = () => FakePeerConnection.created

  beforeEach(() => {
    FakePeerConnection.created = []
    present = true
    context = fakeCallContext(fakeApi(callView([])))
    timeline = new SetupTimeline()
    links = new PeerLinks(context.call, {
      platform: fakePlatform().platform,
      sender,
      timeline,
      outgoing: () => ({ stream: null, audio: null, video: null }),
      present: () => present,
    })
  })

  it('opens a link with the ICE servers and marks the set-up timeline', () => {
    links.iceServers = rtcIceServers([{ urls: ['turn:t.example.org'], username: 'u', credential: null }])
    links.open('1', 's-1', true)
    expect(pcs()[0]?.config.iceServers).toEqual([{ urls: ['turn:t.example.org'], username: 'u' }])
    pcs()[0]?.setConnectionState('connected')
    expect(Object.keys(timeline.read())).toEqual(['link:1', 'connected:1'])
    expect(context.told.changes).toBe(2)
  })

  it('does not open a link for a late answer, and opens a fresh one for another session', async () => {
    links.deliver(signal('answer'))
    expect(links.ids()).toEqual([])
    links.deliver(signal('offer'))
    links.deliver(signal('offer', 's-7-reloaded'))
    await settle()
    expect(pcs()).toHaveLength(2)
    expect(pcs()[0]?.connectionState).toBe('closed')
    expect(links.get('7')?.session).toBe('s-7-reloaded')
    expect(sender.drop).toHaveBeenCalledWith('7')
  })

  it('closes a dead link of a peer that is gone; a left notice keeps a new one', () => {
    links.open('1', 's-1', true)
    links.peerLeft('1')
    expect(links.has('1')).toBe(true)
    pcs()[0]?.setConnectionState('disconnected')
    expect(links.has('1')).toBe(true)
    present = false
    pcs()[0]?.setConnectionState('failed')
    expect(links.has('1')).toBe(false)
  })

  it('closes an established link at once when its peer leaves (an expert hanging up), not seconds later when ICE notices', () => {
    links.open('1', 's-1', true)
    pcs()[0]?.setConnectionState('connected')
    links.peerLeft('1')
    expect(links.has('1')).toBe(false)
    expect(pcs()[0]?.connectionState).toBe('closed')
    expect(sender.drop).toHaveBeenCalledWith('1')
  })

  it('records the first frame of a peer’s video, and watches again for the link that replaces it', () => {
    const callbacks: ((now: number, metadata: { presentationTime?: number; receiveTime?: number; processingDuration?: number }) => void)[] = []
    const video = {
      videoWidth: 640,
      requestVideoFrameCallback: (callback: (now: number, metadata: object) => void) => callbacks.push(callback),
      cancelVideoFrameCallback: vi.fn(),
    } as unknown as HTMLVideoElement
    links.open('1', 's-1', true)
    links.attachVideo('1', video)
    callbacks[0]?.(10, { presentationTime: 20, receiveTime: 12, processingDuration: 0.004 })
    expect(links.firstFrameAt()).toEqual({ '1': performance.timeOrigin + 20 })
    expect(links.firstDecodedAt()).toEqual({ '1': performance.timeOrigin + 16 })
    links.close('1')
    expect(links.firstFrameAt()).toEqual({})
    expect(callbacks).toHaveLength(2)
  })

  it('reads each link’s figures for the diagnostics hook', async () => {
    links.open('1', 's-1', true)
    ;(pcs()[0] as FakePeerConnection).stats = [{ id: 'IV', type: 'inbound-rtp', kind: 'video', framesDecoded: 5, frameWidth: 640, packetsReceived: 1 }]
    expect(await links.diagnostics(() => 'CLERK')).toEqual([
      { peerId: '1', role: 'CLERK', connectionState: 'new', framesDecoded: 5, frameWidth: 640, videoWidth: 0 },
    ])
  })

  it('closes every link at the end', () => {
    links.open('1', 's-1', true)
    links.open('2', 's-2', true)
    links.closeAll()
    expect(links.ids()).toEqual([])
    expect(pcs().map((pc) => pc.connectionState)).toEqual(['closed', 'closed'])
  })
})
