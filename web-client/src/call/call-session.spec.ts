import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CallView } from '@/api/call-types'
import { failedResponse } from '@/test/dom'
import { callView, FakePeerConnection, fakeApi, fakePlatform, FakeSignaling, FakeStream, FakeTrack, participant, settle, type FakeApi } from '@/test/webrtc'
import { CallSession, NAMES_AFTER_MS, type CallSnapshot } from './call-session'
import type { MediaPlatform } from './ports'
import type { NoticeType } from './signal-types'

const silent = { info: () => {}, warn: () => {} }
const DESTINATION = '/app/calls/c1/signal'

describe('CallSession', () => {
  let api: FakeApi
  let signaling: FakeSignaling
  let platform: MediaPlatform
  let opened: FakeStream[]
  let session: CallSession
  let snapshots: CallSnapshot[]
  const last = () => snapshots.at(-1) as CallSnapshot
  const pcs = () => FakePeerConnection.created

  async function start(view: CallView, selfId = '3', overrides: Partial<MediaPlatform> = {}, prepare: (api: FakeApi) => void = () => {}) {
    api = fakeApi(view)
    prepare(api)
    signaling = new FakeSignaling()
    ;({ platform, opened } = fakePlatform(overrides))
    FakePeerConnection.created = []
    session = new CallSession({
      callId: 'c1',
      selfId,
      role: selfId === '1' ? 'CLERK' : 'WORKER',
      api,
      signaling,
      platform,
      signalDestination: DESTINATION,
      session: 'mine',
      log: silent,
      frames: {
        createCanvas: () => ({}) as HTMLCanvasElement,
        createVideo: () => ({}) as HTMLVideoElement,
        createStream: () => ({}) as MediaStream,
        imageCapture: () => ({ takePhoto: async () => new Blob(['jpeg'], { type: 'image/jpeg' }) }),
        timers: { setTimeout, clearTimeout, setInterval, clearInterval, now: () => 0 } as never,
      },
    })
    snapshots = []
    session.events.on('change', (snapshot) => snapshots.push(snapshot))
    await session.start()
    await settle()
  }

  /** The tablet (user 3) joins while the clerk (user 1) is already there. */
  const clerkPresent = () => callView([participant(1), participant(3, { session: null, present: false }), participant(5, { present: false, role: 'EXPERT' })])
  /** The clerk (user 1) alone in the call, waiting for the tablet. */
  const clerkAlone = () => callView([participant(1, { session: null, present: false }), participant(3, { present: false, session: null })])

  function deliverSignal(from: string, type: 'offer' | 'answer' | 'candidate', fields: Record<string, unknown> = {}) {
    signaling.deliver({ from, to: '1', type, sdp: null, candidate: null, sdpMid: null, sdpMLineIndex: null, session: `s-${from}`, ...fields })
  }

  function notice(type: NoticeType, fields: Record<string, unknown> = {}) {
    signaling.deliver({ type, from: null, session: null, reason: null, recording: null, stillId: null, audio: null, video: null, ...fields })
  }

  afterEach(() => {
    session?.dispose()
    vi.useRealTimers()
  })

  it('joins over STOMP when it can, taking the answer from the signal queue', async () => {
    api = fakeApi(clerkPresent())
    signaling = new FakeSignaling()
    ;({ platform, opened } = fakePlatform())
    FakePeerConnection.created = []
    session = new CallSession({
      callId: 'c1',
      selfId: '3',
      role: 'WORKER',
      api,
      signaling,
      platform,
      signalDestination: DESTINATION,
      joinDestination: '/app/calls/c1/join',
      session: 'mine',
      log: silent,
    })
    const started = session.start()
    await settle()
    expect(signaling.published).toEqual([{ destination: '/app/calls/c1/join', body: { session: 'mine' } }])
    signaling.deliver({ type: 'join-answer', call: clerkPresent() })
    await started
    await settle()
    expect(api.join).not.toHaveBeenCalled()
    expect(pcs()).toHaveLength(1)
  })

  describe('as the newcomer', () => {
    beforeEach(() => start(clerkPresent()))

    it('joins with its page session and offers to everyone present, itself and the absent excepted', async () => {
      expect(api.join).toHaveBeenCalledWith('c1', 'mine')
      expect(pcs()).toHaveLength(1)
      expect(pcs()[0]?.config.iceServers).toEqual([{ urls: ['stun:stun.example.org'] }])
      pcs()[0]?.negotiationNeeded()
      await settle()
      expect(signaling.published).toEqual([{ destination: DESTINATION, body: { type: 'offer', to: '1', sdp: 'offer-1' } }])
      expect(last().peers.map((p) => [p.id, p.role])).toEqual([['1', 'CLERK']])
      expect(last().phase).toBe('connecting')
    })

    it('is connected once a link is up and media arrives', async () => {
      const pc = pcs()[0] as FakePeerConnection
      pc.setConnectionState('connected')
      expect(last().phase).toBe('connecting')
      pc.receiveTrack()
      expect(last().phase).toBe('connected')
      expect(last().peers[0]?.stream).toBeInstanceOf(FakeStream)
    })

    it('tells the others its microphone and camera state, and mutes by disabling the track', async () => {
      // Joined with both on, as the server assumes: nothing to tell during set-up.
      expect(api.media).not.toHaveBeenCalled()
      session.setAudio(false)
      const audio = opened[0]?.getAudioTracks()[0]
      expect(audio?.enabled).toBe(false)
      expect(audio?.readyState).toBe('live')
      expect(api.media).toHaveBeenLastCalledWith('c1', { audio: false, video: true })
      expect(last()).toMatchObject({ audio: false, video: true })
    })

    it('joins again when the server does not know this page in the call, and ignores refusals for other calls', async () => {
      expect(api.join).toHaveBeenCalledTimes(1)
      signaling.refuse({ code: 'not-found', message: 'not in room', callId: 'other' })
      await settle()
      expect(api.join).toHaveBeenCalledTimes(1)
      signaling.refuse({ code: 'not-found', message: 'not in room', callId: 'c1' })
      await settle()
      expect(api.join).toHaveBeenCalledTimes(2)
    })

    it('shows what the others say about their media', () => {
      notice('media', { from: '1', audio: false, video: true })
      expect(last().peers[0]).toMatchObject({ audio: false, video: true })
    })

    it('ignores messages about other calls', () => {
      signaling.deliver({ callId: 'other', type: 'ended', from: '1', reason: 'HANGUP' } as never)
      expect(last().phase).not.toBe('ended')
    })

    it('ends on an ended notice: tracks stopped, links closed, reason kept', () => {
      const ended = vi.fn()
      session.events.on('ended', ended)
      notice('ended', { reason: 'COMPLETED' })
      expect(last()).toMatchObject({ phase: 'ended', endReason: 'COMPLETED' })
      expect(opened[0]?.getTracks().every((track) => track.readyState === 'ended')).toBe(true)
      expect(pcs()[0]?.connectionState).toBe('closed')
      expect(ended).toHaveBeenCalledWith('COMPLETED')
    })

    it('hangs up for everyone over HTTP and ends at once', () => {
      session.hangup()
      expect(api.hangup).toHaveBeenCalledWith('c1')
      expect(signaling.sent('hangup')).toEqual([])
      expect(last()).toMatchObject({ phase: 'ended', endReason: 'HANGUP' })
    })

    it('falls back to the STOMP hang-up when HTTP fails', async () => {
      api.hangup.mockRejectedValueOnce(new Error('offline'))
      session.hangup()
      await settle()
      expect(signaling.sent('hangup')).toEqual([{ type: 'hangup', to: '' }])
    })

    it('captures a still from its own camera when the clerk asks', async () => {
      notice('still-request', { from: '1' })
      await settle()
      expect(api.uploadStill).toHaveBeenCalledWith('c1', expect.any(Blob), 'camera')
    })

    it('does not capture a still with the camera off, and says why', async () => {
      const problems = vi.fn()
      session.events.on('problem', problems)
      session.setVideo(false)
      notice('still-request', { from: '1' })
      await settle()
      expect(api.uploadStill).not.toHaveBeenCalled()
      expect(problems).toHaveBeenCalledWith({ problem: 'still-camera-off', error: undefined })
    })

    it('lists the stills again on a still notice', async () => {
      api.stills.mockResolvedValue([{ id: 's1', source: 'camera' }])
      notice('still', { from: '3', stillId: 's1' })
      await settle()
      expect(last().stills).toEqual([{ id: 's1', source: 'camera' }])
    })
  })

  describe('as the one already there', () => {
    beforeEach(() => start(clerkAlone(), '1'))

    it('waits for the newcomer’s offer and answers it', async () => {
      expect(pcs()).toHaveLength(0)
      expect(last().alone).toBe(true)
      notice('joined', { from: '3', session: 's-3' })
      expect(pcs()).toHaveLength(0)
      expect(last().alone).toBe(false)
      deliverSignal('3', 'offer', { sdp: 'tablet-offer' })
      await settle()
      expect(pcs()).toHaveLength(1)
      expect(signaling.sent('answer')).toEqual([{ type: 'answer', to: '3', sdp: 'answer-to:tablet-offer' }])
    })

    it('keeps a candidate that comes before the offer for the link the offer opens', async () => {
      deliverSignal('3', 'candidate', { candidate: 'early', sdpMid: '0', sdpMLineIndex: 0 })
      await settle()
      deliverSignal('3', 'offer', { sdp: 'tablet-offer' })
      await settle()
      expect(pcs()).toHaveLength(1)
      expect(pcs()[0]?.log.filter((entry) => entry.startsWith('remote') || entry.startsWith('candidate'))).toEqual([
        'remote:offer:tablet-offer',
        'candidate:early',
      ])
    })

    it('opens a fresh link when the peer comes back with another session (a reload)', async () => {
      deliverSignal('3', 'offer', { sdp: 'first' })
      await settle()
      const old = pcs()[0] as FakePeerConnection
      deliverSignal('3', 'offer', { sdp: 'after-reload', session: 's-3-reloaded' })
      await settle()
      expect(old.connectionState).toBe('closed')
      expect(pcs()).toHaveLength(2)
      expect(pcs()[1]?.log).toContain('remote:offer:after-reload')
      expect(signaling.sent('answer').at(-1)).toEqual({ type: 'answer', to: '3', sdp: 'answer-to:after-reload' })
    })

    it('on a joined notice keeps the link for the same session and drops it for another', async () => {
      deliverSignal('3', 'offer', { sdp: 'first' })
      await settle()
      notice('joined', { from: '3', session: 's-3' })
      expect(pcs()[0]?.connectionState).not.toBe('closed')
      notice('joined', { from: '3', session: 's-3-new' })
      expect(pcs()[0]?.connectionState).toBe('closed')
      deliverSignal('3', 'offer', { sdp: 'second', session: 's-3-new' })
      await settle()
      expect(pcs()).toHaveLength(2)
    })

    it('keeps a link still negotiating when a late leave of the replaced page arrives', async () => {
      deliverSignal('3', 'offer', { sdp: 'after-reload', session: 's-3-new' })
      await settle()
      notice('left', { from: '3' })
      expect(pcs()[0]?.connectionState).toBe('new')
      deliverSignal('3', 'candidate', { candidate: 'c', session: 's-3-new' })
      await settle()
      expect(last().peers.map((p) => p.id)).toEqual(['3'])
    })

    it('drops the link of a peer that left at once, and its tile with it', async () => {
      deliverSignal('3', 'offer', { sdp: 'first' })
      await settle()
      const pc = pcs()[0] as FakePeerConnection
      pc.setConnectionState('connected')
      expect(last().peers.map((p) => p.id)).toEqual(['3'])
      notice('left', { from: '3' })
      expect(pc.connectionState).toBe('closed')
      expect(last().peers).toEqual([])
    })
  })

  describe('while the camera is still opening', () => {
    it('joins at once, and answers an offer that came meanwhile with its camera once it is open', async () => {
      let openCamera: (stream: MediaStream) => void = () => {}
      const { platform: base } = fakePlatform()
      const slowCamera = () => new Promise<MediaStream>((resolve) => (openCamera = resolve))
      const starting = start(clerkAlone(), '1', { getUserMedia: slowCamera })
      await settle()
      expect(api.join).toHaveBeenCalledWith('c1', 'mine')
      deliverSignal('3', 'offer', { sdp: 'early-offer' })
      await settle()
      expect(pcs()).toHaveLength(0)
      openCamera(await base.getUserMedia({ video: true, audio: true }))
      await starting
      await settle()
      expect(pcs()).toHaveLength(1)
      expect(signaling.sent('answer')).toEqual([{ type: 'answer', to: '3', sdp: 'answer-to:early-offer' }])
      expect(pcs()[0]?.log).toContain('addTrack:video')
    })
  })

  describe('after a STOMP reconnection', () => {
    beforeEach(() => start(clerkPresent()))

    it('shows reconnecting meanwhile, then joins again with the same session and keeps its links', async () => {
      const pc = pcs()[0] as FakePeerConnection
      pc.setConnectionState('connected')
      pc.receiveTrack()
      expect(last().phase).toBe('connected')
      signaling.setState('reconnecting')
      expect(last().phase).toBe('reconnecting')
      signaling.setState('connected')
      await settle()
      expect(api.join.mock.calls).toEqual([
        ['c1', 'mine'],
        ['c1', 'mine'],
      ])
      expect(pcs()).toHaveLength(1)
      expect(pc.connectionState).toBe('connected')
      expect(pc.restarts).toBe(0)
      expect(last().phase).toBe('connected')
    })

    it('sends what waited and restarts ICE on links that are not up', async () => {
      const pc = pcs()[0] as FakePeerConnection
      signaling.setState('reconnecting')
      pc.gatherCandidate('while-down')
      expect(signaling.published).toEqual([])
      signaling.setState('connected')
      await settle()
      expect(signaling.sent('candidate').map((c) => c.candidate)).toEqual(['while-down'])
      expect(pc.restarts).toBe(1)
    })

    it('meets those who joined while it was away: offers to a smaller id, waits for a greater one', async () => {
      api.join.mockResolvedValue(
        callView([participant(1), participant(2, { role: 'EXPERT' }), participant(3), participant(5, { role: 'EXPERT' })]),
      )
      signaling.setState('reconnecting')
      signaling.setState('connected')
      await settle()
      expect(pcs()).toHaveLength(2)
      expect(last().peers.map((p) => p.id).sort()).toEqual(['1', '2', '5'])
      deliverSignal('5', 'offer', { sdp: 'expert-offer' })
      await settle()
      expect(pcs()).toHaveLength(3)
      expect(signaling.sent('answer')).toEqual([{ type: 'answer', to: '5', sdp: 'answer-to:expert-offer' }])
      // Four in the call: the camera sends 480p at most, to each of the three others.
      await settle()
      const camera = opened[0]?.getVideoTracks()[0] as unknown as FakeTrack
      expect(camera.constraints.at(-1)).toMatchObject({ height: { max: 480 } })
      // … and each link at most 600 kbit/s of video, the uplink shared by three.
      const caps = pcs().map((pc) => pc.senders.find((sender) => sender.track?.kind === 'video')?.parameters.encodings[0]?.maxBitrate)
      expect(caps).toEqual([600_000, 600_000, 600_000])
    })

    it('never offers to a greater id that joins, however the two meet', async () => {
      notice('joined', { from: '7', session: 's-7' })
      await settle()
      expect(pcs()).toHaveLength(1)
      notice('joined', { from: '2', session: 's-2' })
      await settle()
      expect(pcs()).toHaveLength(2)
    })
  })

  it('starts once when the view starts a session the desk started already', async () => {
    await start(clerkPresent())
    const subscribe = vi.spyOn(signaling, 'onSignal')
    await session.start()
    // A second subscription would handle every signal twice.
    expect(subscribe).not.toHaveBeenCalled()
    expect(api.join).toHaveBeenCalledOnce()
    expect(opened).toHaveLength(1)
  })

  it('learns the name of a participant its join answer did not know after the set-up, not during it', async () => {
    vi.useFakeTimers()
    const attempt = start(callView([participant(3)]), '3')
    await vi.advanceTimersByTimeAsync(0)
    await attempt
    api.get.mockResolvedValue(callView([participant(1, { displayName: '王坐席' }), participant(3)]))
    notice('joined', { from: '1', session: 's-1' })
    await vi.advanceTimersByTimeAsync(NAMES_AFTER_MS - 1)
    expect(api.get).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(api.get).toHaveBeenCalledOnce()
    expect(last().peers.find((peer) => peer.id === '1')).toMatchObject({ displayName: '王坐席' })
  })

  it('learns who was invited into the call (an expert) without treating them as present', async () => {
    await start(clerkPresent())
    api.get.mockResolvedValue(callView([participant(1), participant(3), participant(9, { role: 'EXPERT', displayName: '赵专家', present: false })]))
    notice('invited', { from: '9', reason: 'EXPERT' })
    await settle()
    expect(api.get).toHaveBeenCalledOnce()
    expect(pcs()).toHaveLength(1)
    expect(last().peers.map((peer) => peer.id)).not.toContain('9')
  })

  it('leaves a call without ending it for the others (an expert done with a consultation)', async () => {
    await start(clerkPresent(), '5')
    session.leave()
    expect(api.leave).toHaveBeenCalledWith('c1', 'mine', false)
    expect(api.hangup).not.toHaveBeenCalled()
    expect(signaling.sent('hangup')).toEqual([])
    expect(last()).toMatchObject({ phase: 'ended', endReason: 'LEFT' })
    expect(pcs().every((pc) => pc.connectionState === 'closed')).toBe(true)
  })

  it('ends at once when the call has already ended', async () => {
    const view = callView([participant(1), participant(3)], { state: 'ENDED', endReason: 'NO_SHOW' })
    await start(view, '3', {}, (api) => api.join.mockRejectedValue(failedResponse(409, { code: 'call.ended' })))
    expect(last()).toMatchObject({ phase: 'ended', endReason: 'NO_SHOW' })
    expect(pcs()).toHaveLength(0)
    expect(opened[0]?.getTracks().every((track) => track.readyState === 'ended')).toBe(true)
  })

  it('gives up on a call that is not its own', async () => {
    vi.useFakeTimers()
    const attempt = start(clerkPresent(), '3', {}, (api) => api.join.mockRejectedValue(failedResponse(404, { code: 'not-found' })))
    await vi.advanceTimersByTimeAsync(0)
    await attempt
    expect(last()).toMatchObject({ phase: 'ended', endReason: 'NOT_FOUND' })
    await vi.advanceTimersByTimeAsync(60_000)
    expect(api.join).toHaveBeenCalledOnce()
  })

  it('tries the join again after a network error', async () => {
    vi.useFakeTimers()
    const attempt = start(clerkPresent(), '3', {}, (api) => api.join.mockRejectedValueOnce(new Error('offline')))
    await vi.advanceTimersByTimeAsync(0)
    await attempt
    expect(api.join).toHaveBeenCalledTimes(1)
    expect(pcs()).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(3000)
    expect(api.join).toHaveBeenCalledTimes(2)
    expect(pcs()).toHaveLength(1)
  })

  it('shares the screen on every link and goes back to the camera when it ends', async () => {
    const screen = new FakeTrack('video')
    await start(clerkPresent(), '3', { getDisplayMedia: async () => new FakeStream([screen]) as never })
    const sender = pcs()[0]?.senders[1]
    await session.startShare()
    expect(sender?.track).toBe(screen)
    expect(last()).toMatchObject({ sharing: true, canShare: true })
    expect(last().preview?.getVideoTracks()[0]).toBe(screen)
    screen.end()
    await settle()
    expect(sender?.track).toBe(opened[0]?.getVideoTracks()[0])
    expect(last().sharing).toBe(false)
  })

  it('switches the camera on every link without renegotiating', async () => {
    await start(clerkPresent())
    const sender = pcs()[0]?.senders[1]
    const before = sender?.track
    await session.switchCamera()
    expect(sender?.track).not.toBe(before)
    expect(before?.readyState).toBe('ended')
    expect(sender?.track?.readyState).toBe('live')
    expect(last().cameraCount).toBe(2)
  })

  it('installs the diagnostics hook for its lifetime', async () => {
    const listeners = new Map<string, () => void>()
    const page = {
      addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
      removeEventListener: (type: string) => listeners.delete(type),
    } as unknown as Window
    api = fakeApi(clerkPresent())
    signaling = new FakeSignaling()
    ;({ platform } = fakePlatform())
    FakePeerConnection.created = []
    const hooked = new CallSession({ callId: 'c1', selfId: '3', role: 'WORKER', api, signaling, platform, signalDestination: DESTINATION, log: silent, page })
    await hooked.start()
    const pc = pcs()[0] as FakePeerConnection
    pc.stats = [{ id: 'IV', type: 'inbound-rtp', kind: 'video', framesDecoded: 42, frameWidth: 1280, packetsReceived: 1 }]
    pc.setConnectionState('connected')
    pc.receiveTrack()
    expect(page.cloudwindowCall?.state()).toBe('connected')
    expect(await page.cloudwindowCall?.stats()).toEqual([
      { peerId: '1', role: 'CLERK', connectionState: 'connected', framesDecoded: 42, frameWidth: 1280, videoWidth: 0 },
    ])
    expect(page.cloudwindowCall?.firstFrameAt()).toEqual({})
    // A page hide tells the server this browser is gone.
    listeners.get('pagehide')?.()
    expect(api.leave).toHaveBeenCalledWith('c1', expect.any(String), true)
    hooked.dispose()
    expect(page.cloudwindowCall).toBeUndefined()
    expect(listeners.size).toBe(0)
  })
})
