import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FakePeerConnection, FakeStream, FakeTrack, settle } from '@/test/webrtc'
import { FULL_SIZE_AFTER_MS, PeerLink, type PeerLinkOptions } from './peer-link'
import { browserTimers } from './ports'
import type { IncomingSignal, OutgoingSignal } from './signal-types'

const silent = { info: () => {}, warn: () => {} }

function signal(type: IncomingSignal['type'], fields: Partial<IncomingSignal> = {}): IncomingSignal {
  return { callId: 'c1', from: '7', to: '3', type, sdp: null, candidate: null, sdpMid: null, sdpMLineIndex: null, session: 's7', ...fields }
}

describe('PeerLink', () => {
  let sent: OutgoingSignal[]
  let pc: FakePeerConnection
  const audio = new FakeTrack('audio')
  const video = new FakeTrack('video')

  function link(options: Partial<PeerLinkOptions> = {}): PeerLink {
    pc = new FakePeerConnection({})
    return new PeerLink({
      peerId: '7',
      session: 's7',
      polite: false,
      initiator: true,
      pc: pc as unknown as RTCPeerConnection,
      outgoing: { stream: new FakeStream([audio, video]) as unknown as MediaStream, audio: audio as never, video: video as never },
      send: (message) => sent.push(message),
      createStream: (tracks) => new FakeStream(tracks as never) as unknown as MediaStream,
      timers: browserTimers,
      log: silent,
      ...options,
    })
  }

  beforeEach(() => {
    sent = []
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('sends its tracks and offers when negotiation is needed, then takes the answer', async () => {
    const peer = link()
    expect(pc.log).toEqual(['addTrack:audio', 'addTrack:video'])
    pc.negotiationNeeded()
    await settle()
    expect(sent).toEqual([{ type: 'offer', to: '7', sdp: 'offer-1' }])
    await peer.handle(signal('answer', { sdp: 'answer-1' }))
    expect(pc.signalingState).toBe('stable')
  })

  it('asks to receive even without a camera or microphone when it offers', () => {
    link({ outgoing: { stream: null, audio: null, video: null } })
    expect(pc.log).toEqual(['addTransceiver:audio:recvonly', 'addTransceiver:video:recvonly'])
  })

  it('never offers first when it was opened for a newcomer, and answers its offer', async () => {
    const peer = link({ initiator: false })
    pc.negotiationNeeded()
    await settle()
    expect(sent).toEqual([])
    await peer.handle(signal('offer', { sdp: 'their-offer' }))
    expect(sent).toEqual([{ type: 'answer', to: '7', sdp: 'answer-to:their-offer' }])
    // Later renegotiations (an ICE restart) may start from this side.
    pc.negotiationNeeded()
    await settle()
    expect(sent.at(-1)?.type).toBe('offer')
  })

  it('keeps candidates that arrive before the offer and applies them after it, in order', async () => {
    const peer = link({ initiator: false })
    void peer.handle(signal('candidate', { candidate: 'cand-a', sdpMid: '0', sdpMLineIndex: 0 }))
    void peer.handle(signal('candidate', { candidate: 'cand-b', sdpMid: '1', sdpMLineIndex: 1 }))
    await settle()
    expect(pc.candidates).toEqual([])
    await peer.handle(signal('offer', { sdp: 'their-offer' }))
    expect(pc.log.filter((entry) => entry.startsWith('remote') || entry.startsWith('candidate'))).toEqual([
      'remote:offer:their-offer',
      'candidate:cand-a',
      'candidate:cand-b',
    ])
    expect(pc.candidates[1]).toEqual({ candidate: 'cand-b', sdpMid: '1', sdpMLineIndex: 1 })
    await peer.handle(signal('candidate', { candidate: 'cand-c' }))
    expect(pc.candidates.map((c) => c.candidate)).toEqual(['cand-a', 'cand-b', 'cand-c'])
  })

  it('trickles its own candidates to the peer', () => {
    link()
    pc.gatherCandidate('candidate:1 1 udp 1 10.0.0.2 5000 typ host')
    pc.onicecandidate?.({ candidate: null })
    expect(sent).toEqual([{ type: 'candidate', to: '7', candidate: 'candidate:1 1 udp 1 10.0.0.2 5000 typ host', sdpMid: '0', sdpMLineIndex: 0 }])
  })

  it('as the impolite side ignores an offer that collides with its own', async () => {
    const peer = link({ polite: false })
    let release: () => void = () => {}
    pc.holdLocal = new Promise((resolve) => (release = resolve))
    pc.negotiationNeeded()
    await peer.handle(signal('offer', { sdp: 'their-offer' }))
    expect(pc.log).not.toContain('remote:offer:their-offer')
    // The ignored offer's candidates are dropped, not kept for a later description.
    await peer.handle(signal('candidate', { candidate: 'theirs' }))
    release()
    await settle()
    expect(sent.map((s) => s.type)).toEqual(['offer'])
    await peer.handle(signal('answer', { sdp: 'their-answer' }))
    expect(pc.candidates).toEqual([])
  })

  it('as the polite side rolls its offer back and answers the colliding one', async () => {
    const peer = link({ polite: true })
    pc.negotiationNeeded()
    await settle()
    expect(pc.signalingState).toBe('have-local-offer')
    await peer.handle(signal('offer', { sdp: 'their-offer' }))
    expect(pc.log).toContain('rollback')
    expect(sent.map((s) => s.type)).toEqual(['offer', 'answer'])
    expect(pc.signalingState).toBe('stable')
  })

  it('ignores an answer when it has no offer out', async () => {
    const peer = link()
    await peer.handle(signal('answer', { sdp: 'late' }))
    expect(pc.remoteDescription).toBeNull()
  })

  it('lets a short disconnection recover by itself', () => {
    vi.useFakeTimers()
    link()
    pc.setConnectionState('connected')
    pc.setConnectionState('disconnected')
    vi.advanceTimersByTime(1500)
    pc.setConnectionState('connected')
    vi.advanceTimersByTime(10_000)
    expect(pc.restarts).toBe(0)
  })

  it('restarts ICE after 2 s of disconnection, and at once on failure, until connected', () => {
    vi.useFakeTimers()
    link()
    pc.setConnectionState('disconnected')
    vi.advanceTimersByTime(1999)
    expect(pc.restarts).toBe(0)
    vi.advanceTimersByTime(1)
    expect(pc.restarts).toBe(1)
    pc.setConnectionState('failed')
    expect(pc.restarts).toBe(2)
    vi.advanceTimersByTime(5000)
    expect(pc.restarts).toBe(3)
    pc.setConnectionState('connected')
    vi.advanceTimersByTime(60_000)
    expect(pc.restarts).toBe(3)
  })

  it('offers the ICE restart through the usual negotiation', async () => {
    const peer = link()
    pc.negotiationNeeded()
    await settle()
    await peer.handle(signal('answer', { sdp: 'a1' }))
    pc.setConnectionState('failed')
    pc.negotiationNeeded()
    await settle()
    expect(sent.at(-1)).toEqual({ type: 'offer', to: '7', sdp: 'offer-2:ice-restart' })
  })

  it('exposes the remote stream once a track arrives', () => {
    const peer = link()
    const changes = vi.fn()
    peer.events.on('change', changes)
    expect(peer.receiving).toBe(false)
    const stream = pc.receiveTrack()
    expect(peer.remoteStream).toBe(stream)
    expect(peer.receiving).toBe(true)
    expect(changes).toHaveBeenCalled()
  })

  it('replaces the outgoing video and steps its encoding down and up', async () => {
    const peer = link()
    const screen = new FakeTrack('video')
    await peer.replaceVideo(screen as never)
    const sender = pc.senders[1]
    expect(sender?.track).toBe(screen)
    await peer.setVideoLevel(1)
    expect(sender?.parameters.encodings[0]).toMatchObject({ active: true, scaleResolutionDownBy: 2 })
    await peer.setVideoLevel(2)
    expect(sender?.parameters.encodings[0]).toMatchObject({ active: false })
    await peer.setVideoLevel(0)
    expect(sender?.parameters.encodings[0]).toMatchObject({ active: true, scaleResolutionDownBy: 1 })
  })

  it('starts its video at half size, and goes to full size a moment after it connects', async () => {
    vi.useFakeTimers()
    const peer = link()
    await vi.advanceTimersByTimeAsync(0)
    const sender = pc.senders[1]
    expect(sender?.parameters.encodings[0]).toMatchObject({ scaleResolutionDownBy: 2 })
    expect(peer.level).toBe(1)
    await vi.advanceTimersByTimeAsync(FULL_SIZE_AFTER_MS * 3)
    expect(peer.level).toBe(1)
    pc.setConnectionState('connected')
    await vi.advanceTimersByTimeAsync(FULL_SIZE_AFTER_MS - 1)
    expect(peer.level).toBe(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(sender?.parameters.encodings[0]).toMatchObject({ active: true, scaleResolutionDownBy: 1 })
    expect(peer.level).toBe(0)
  })

  it('caps its video bitrate without undoing the light start under way, and keeps the cap at full size', async () => {
    vi.useFakeTimers()
    const peer = link()
    void peer.capBitrate(600_000)
    await vi.advanceTimersByTimeAsync(0)
    const sender = pc.senders[1]
    expect(sender?.parameters.encodings[0]).toMatchObject({ scaleResolutionDownBy: 2, maxBitrate: 600_000 })
    expect(peer.level).toBe(1)
    pc.setConnectionState('connected')
    await vi.advanceTimersByTimeAsync(FULL_SIZE_AFTER_MS)
    expect(sender?.parameters.encodings[0]).toMatchObject({ scaleResolutionDownBy: 1, maxBitrate: 600_000 })
    await peer.capBitrate(350_000)
    expect(sender?.parameters.encodings[0]).toMatchObject({ scaleResolutionDownBy: 1, maxBitrate: 350_000 })
  })

  it('leaves the video as the quality monitor set it when that came first', async () => {
    vi.useFakeTimers()
    const peer = link()
    await vi.advanceTimersByTimeAsync(0)
    pc.setConnectionState('connected')
    await peer.setVideoLevel(2)
    await vi.advanceTimersByTimeAsync(FULL_SIZE_AFTER_MS * 2)
    expect(peer.level).toBe(2)
    expect(pc.senders[1]?.parameters.encodings[0]).toMatchObject({ active: false })
  })

  it('does nothing more once closed', async () => {
    const peer = link()
    peer.close()
    expect(pc.connectionState).toBe('closed')
    pc.negotiationNeeded()
    await peer.handle(signal('offer', { sdp: 'x' }))
    expect(sent).toEqual([])
  })
})
