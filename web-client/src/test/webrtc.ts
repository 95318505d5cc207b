// Fakes of the browser's WebRTC and media objects: just enough behaviour for the call core's logic
// (signalling states, implicit rollback, senders), with every operation recorded.

import { vi, type Mock } from 'vitest'
import type { CallView, CallParticipant } from '@/api/call-types'
import type { CallContext } from '@/call/call-context'
import { browserTimers, type CallApi, type MediaPlatform, type SignalingPort } from '@/call/ports'
import type { SignalError, SignalQueueMessage } from '@/call/signal-types'
import type { ConnectionState } from '@/realtime/events'

let ids = 0

export class FakeTrack {
  readonly id = `track-${++ids}`
  enabled = true
  readyState: MediaStreamTrackState = 'live'
  contentHint = ''
  readonly constraints: MediaTrackConstraints[] = []
  private readonly listeners = new Map<string, (() => void)[]>()

  constructor(readonly kind: 'audio' | 'video') {}

  stop(): void {
    this.readyState = 'ended'
  }

  addEventListener(type: string, listener: () => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener])
  }

  removeEventListener(): void {}

  async applyConstraints(constraints: MediaTrackConstraints): Promise<void> {
    this.constraints.push(constraints)
  }

  /** What the browser does when the user stops sharing from its own bar. */
  end(): void {
    this.readyState = 'ended'
    this.listeners.get('ended')?.forEach((listener) => listener())
  }

  getSettings(): MediaTrackSettings {
    return this.kind === 'video' ? { width: 1280, height: 720 } : {}
  }
}

/** happy-dom's own MediaStream (so a <video> takes it as srcObject), holding fake tracks. */
export class FakeStream extends MediaStream {
  private list: MediaStreamTrack[]

  constructor(tracks: FakeTrack[] = []) {
    super()
    this.list = [...tracks] as unknown as MediaStreamTrack[]
  }

  override getTracks(): MediaStreamTrack[] {
    return [...this.list]
  }

  override getAudioTracks(): MediaStreamTrack[] {
    return this.list.filter((track) => track.kind === 'audio')
  }

  override getVideoTracks(): MediaStreamTrack[] {
    return this.list.filter((track) => track.kind === 'video')
  }

  override addTrack(track: MediaStreamTrack): void {
    if (!this.list.includes(track)) this.list.push(track)
  }

  override removeTrack(track: MediaStreamTrack): void {
    this.list = this.list.filter((item) => item !== track)
  }
}

export class FakeSender {
  parameters: { encodings: RTCRtpEncodingParameters[] } = { encodings: [{ active: true }] }
  readonly replaced: (FakeTrack | null)[] = []

  constructor(public track: FakeTrack | null) {}

  async replaceTrack(track: FakeTrack | null): Promise<void> {
    this.track = track
    this.replaced.push(track)
  }

  getParameters() {
    return structuredClone(this.parameters)
  }

  async setParameters(parameters: { encodings: RTCRtpEncodingParameters[] }): Promise<void> {
    this.parameters = parameters
  }
}

type Description = { type: RTCSdpType; sdp: string }

/** Signalling states as RTCPeerConnection keeps them, with implicit rollback of a local offer. */
export class FakePeerConnection {
  static created: FakePeerConnection[] = []
  readonly log: string[] = []
  readonly senders: FakeSender[] = []
  readonly transceivers: { kind: string; direction: string; sender: FakeSender; receiver: { track: FakeTrack } }[] = []
  readonly candidates: RTCIceCandidateInit[] = []
  signalingState: RTCSignalingState = 'stable'
  connectionState: RTCPeerConnectionState = 'new'
  localDescription: Description | null = null
  remoteDescription: Description | null = null
  restarts = 0
  stats: Record<string, unknown>[] = []
  onnegotiationneeded: (() => void) | null = null
  onicecandidate: ((event: { candidate: RTCIceCandidateInit | null }) => void) | null = null
  ontrack: ((event: { track: FakeTrack; streams: FakeStream[] }) => void) | null = null
  onconnectionstatechange: (() => void) | null = null
  /** While set, setLocalDescription waits for it: lets a test hold an offer "in the making". */
  holdLocal: Promise<void> | null = null
  private offers = 0

  constructor(readonly config: RTCConfiguration) {
    FakePeerConnection.created.push(this)
  }

  addTrack(track: FakeTrack): FakeSender {
    const sender = new FakeSender(track)
    this.senders.push(sender)
    this.transceivers.push({ kind: track.kind, direction: 'sendrecv', sender, receiver: { track: new FakeTrack(track.kind) } })
    this.log.push(`addTrack:${track.kind}`)
    return sender
  }

  addTransceiver(kind: 'audio' | 'video', init: { direction: string }): void {
    this.transceivers.push({ kind, direction: init.direction, sender: new FakeSender(null), receiver: { track: new FakeTrack(kind) } })
    this.log.push(`addTransceiver:${kind}:${init.direction}`)
  }

  getTransceivers() {
    return this.transceivers
  }

  async setLocalDescription(): Promise<void> {
    if (this.holdLocal) await this.holdLocal
    await Promise.resolve()
    if (this.signalingState === 'have-remote-offer') {
      this.localDescription = { type: 'answer', sdp: `answer-to:${this.remoteDescription?.sdp}` }
      this.signalingState = 'stable'
      this.log.push('answer')
    } else {
      this.localDescription = { type: 'offer', sdp: `offer-${++this.offers}${this.restarts ? ':ice-restart' : ''}` }
      this.signalingState = 'have-local-offer'
      this.log.push('offer')
    }
  }

  async setRemoteDescription(description: Description): Promise<void> {
    await Promise.resolve()
    if (description.type === 'offer') {
      if (this.signalingState === 'have-local-offer') {
        this.log.push('rollback')
        this.localDescription = null
      }
      this.signalingState = 'have-remote-offer'
    } else {
      if (this.signalingState !== 'have-local-offer') throw new DOMException('no offer to answer', 'InvalidStateError')
      this.signalingState = 'stable'
    }
    this.remoteDescription = description
    this.log.push(`remote:${description.type}:${description.sdp}`)
  }

  async addIceCandidate(candidate: RTCIceCandidateInit): Promise<void> {
    if (!this.remoteDescription) throw new DOMException('no remote description', 'InvalidStateError')
    this.candidates.push(candidate)
    this.log.push(`candidate:${candidate.candidate}`)
  }

  restartIce(): void {
    this.restarts++
    this.log.push('restartIce')
  }

  async getStats(): Promise<Map<string, Record<string, unknown>>> {
    return new Map(this.stats.map((stat) => [String(stat.id), stat]))
  }

  close(): void {
    this.signalingState = 'closed'
    this.connectionState = 'closed'
    this.log.push('close')
  }

  // --- what the browser would do -----------------------------------------------------------

  negotiationNeeded(): void {
    this.onnegotiationneeded?.()
  }

  setConnectionState(state: RTCPeerConnectionState): void {
    this.connectionState = state
    this.onconnectionstatechange?.()
  }

  receiveTrack(track = new FakeTrack('video'), stream = new FakeStream([track])): FakeStream {
    this.ontrack?.({ track, streams: [stream] })
    return stream
  }

  gatherCandidate(candidate: string): void {
    this.onicecandidate?.({ candidate: { candidate, sdpMid: '0', sdpMLineIndex: 0 } })
  }
}

export function fakePlatform(overrides: Partial<MediaPlatform> = {}) {
  const opened: FakeStream[] = []
  const platform: MediaPlatform = {
    createPeerConnection: (config) => new FakePeerConnection(config) as unknown as RTCPeerConnection,
    getUserMedia: async (constraints) => {
      const tracks = [
        ...(constraints.audio ? [new FakeTrack('audio')] : []),
        ...(constraints.video ? [new FakeTrack('video')] : []),
      ]
      const stream = new FakeStream(tracks)
      opened.push(stream)
      return stream
    },
    enumerateDevices: async () => [{ kind: 'videoinput' }, { kind: 'videoinput' }] as MediaDeviceInfo[],
    createStream: (tracks) => new FakeStream(tracks as unknown as FakeTrack[]),
    ...overrides,
  }
  return { platform, opened }
}

export class FakeSignaling implements SignalingPort {
  state: ConnectionState = 'connected'
  readonly published: { destination: string; body: Record<string, unknown> }[] = []
  private signalHandlers: ((message: SignalQueueMessage) => void)[] = []
  private errorHandlers: ((error: SignalError) => void)[] = []
  private stateHandlers: ((state: ConnectionState) => void)[] = []

  publish(destination: string, body: unknown): boolean {
    if (this.state !== 'connected') return false
    this.published.push({ destination, body: body as Record<string, unknown> })
    return true
  }

  onSignal(handler: (message: SignalQueueMessage) => void): () => void {
    this.signalHandlers.push(handler)
    return () => (this.signalHandlers = this.signalHandlers.filter((h) => h !== handler))
  }

  onError(handler: (error: SignalError) => void): () => void {
    this.errorHandlers.push(handler)
    return () => (this.errorHandlers = this.errorHandlers.filter((h) => h !== handler))
  }

  onState(handler: (state: ConnectionState) => void): () => void {
    this.stateHandlers.push(handler)
    return () => (this.stateHandlers = this.stateHandlers.filter((h) => h !== handler))
  }

  deliver(message: Partial<SignalQueueMessage> & { type: string }): void {
    this.signalHandlers.forEach((handler) => handler({ callId: 'c1', ...message } as SignalQueueMessage))
  }

  refuse(error: SignalError): void {
    this.errorHandlers.forEach((handler) => handler(error))
  }

  setState(state: ConnectionState): void {
    this.state = state
    this.stateHandlers.forEach((handler) => handler(state))
  }

  sent(type: string) {
    return this.published.map((item) => item.body).filter((body) => body.type === type)
  }
}

export function participant(userId: number, overrides: Partial<CallParticipant> = {}): CallParticipant {
  return {
    userId,
    displayName: `user ${userId}`,
    role: userId === 1 ? 'CLERK' : 'WORKER',
    present: true,
    session: `s-${userId}`,
    audio: true,
    video: true,
    ...overrides,
  }
}

export function callView(participants: CallParticipant[], overrides: Partial<CallView> = {}): CallView {
  return {
    id: 'c1',
    ticketId: 9,
    state: 'CONNECTED',
    endReason: null,
    createdAt: '2026-11-23T01:00:00Z',
    connectedAt: null,
    endedAt: null,
    recording: false,
    participants,
    ...overrides,
  }
}

export type FakeApi = { [K in keyof CallApi]: CallApi[K] & Mock }

/** Every API call answers at once with something plausible; tests replace what they are about. */
export function fakeApi(view: CallView): FakeApi {
  return {
    join: vi.fn(async () => view),
    get: vi.fn(async () => view),
    iceServers: vi.fn(async () => [{ urls: ['stun:stun.example.org'], username: null, credential: null }]),
    media: vi.fn(async () => undefined),
    leave: vi.fn(async () => undefined),
    hangup: vi.fn(async () => undefined),
    startRecording: vi.fn(),
    uploadChunk: vi.fn(),
    stopRecording: vi.fn(),
    requestStill: vi.fn(async () => undefined),
    uploadStill: vi.fn(async () => ({})),
    stills: vi.fn(async () => []),
  } as FakeApi
}

/** Lets queued promise callbacks run (several rounds, for chains of awaits). */
export async function settle(rounds = 20): Promise<void> {
  for (let round = 0; round < rounds; round++) await Promise.resolve()
}

/** The shared context of a call's parts, for testing one part alone: it records what it is told. */
export function fakeCallContext(api: FakeApi = fakeApi(callView([])), overrides: Partial<CallContext> = {}) {
  const told = { problems: [] as { problem: string; error?: unknown }[], changes: 0, ended: false, disposed: false }
  const call: CallContext = {
    callId: 'c1',
    selfId: '3',
    api,
    timers: browserTimers,
    log: { info: () => {}, warn: () => {} },
    ended: () => told.ended,
    disposed: () => told.disposed,
    problem: (problem, error) => told.problems.push({ problem, error }),
    changed: () => told.changes++,
    ...overrides,
  }
  return { call, api, told }
}
