import { Emitter } from '@/realtime/events'
import type { CallLogger, Timers } from './ports'
import type { IncomingSignal, OutgoingSignal } from './signal-types'

/** 0: full size; 1: half the resolution; 2: video paused (audio only). */
export type VideoLevel = 0 | 1 | 2

/**
 * How long a new link sends video at half resolution before going to full size. Started at full
 * size, the encoder's first frames meet the bandwidth estimate's low start value: it drops the
 * first few frames and scales down by itself, which held the first remote frame back by 100–150 ms
 * (measured with two Chromium on loopback); at half size the first frame goes at once, and by now
 * the estimate has grown for full size.
 */
export const FULL_SIZE_AFTER_MS = 1000

export interface OutgoingMedia {
  stream: MediaStream | null
  audio: MediaStreamTrack | null
  video: MediaStreamTrack | null
}

export interface PeerLinkOptions {
  peerId: string
  /** The peer's join session this link talks to; a signal from another session needs a fresh link. */
  session: string | null
  /** The polite side gives way when both offer at once (perfect negotiation). */
  polite: boolean
  /** This side offers (the greater user id of the pair); the other side's link waits for the offer and never offers first. */
  initiator: boolean
  pc: RTCPeerConnection
  outgoing: OutgoingMedia
  send(signal: OutgoingSignal): void
  createStream(tracks: MediaStreamTrack[]): MediaStream
  timers: Timers
  log: CallLogger
  /** A `disconnected` that lasts longer than this restarts ICE; shorter blips recover by themselves. */
  disconnectGraceMs?: number
  /** While still not connected, ICE is restarted again this often. */
  restartRetryMs?: number
}

/**
 * One RTCPeerConnection to one remote participant, negotiated with the perfect negotiation
 * pattern: either side may offer at any time (ICE restarts), collisions are settled by politeness,
 * and the impolite side ignores the colliding offer while the polite side rolls back implicitly.
 */
export class PeerLink {
  readonly events = new Emitter<{ change: PeerLink }>()
  readonly peerId: string
  /** Learnt from the first signal when the link was opened before the session was known. */
  session: string | null
  remoteStream: MediaStream | null = null
  closed = false
  private readonly pc: RTCPeerConnection
  private readonly options: PeerLinkOptions
  private makingOffer = false
  private ignoreOffer = false
  private remoteSeen = false
  /** Candidates that came before the description they belong to (the relay does not keep order). */
  private pendingCandidates: RTCIceCandidateInit[] = []
  private incoming: Promise<void> = Promise.resolve()
  private readonly senders: Partial<Record<'audio' | 'video', RTCRtpSender>> = {}
  private restartTimer: unknown
  private videoLevel: VideoLevel = 0
  private maxBitrate: number | undefined
  private parameterWrites: Promise<void> = Promise.resolve()
  /** Pending step from the light start to full size; cancelled by any other level change. */
  private fullSizeTimer: unknown
  private startedLight = false

  constructor(options: PeerLinkOptions) {
    this.options = options
    this.peerId = options.peerId
    this.session = options.session
    this.pc = options.pc
    this.wire()
    this.addOutgoing(options.outgoing)
  }

  get connectionState(): RTCPeerConnectionState {
    return this.closed ? 'closed' : this.pc.connectionState
  }

  /** Remote media has arrived (a track was received). */
  get receiving(): boolean {
    return !!this.remoteStream && this.remoteStream.getTracks().length > 0
  }

  get connection(): RTCPeerConnection {
    return this.pc
  }

  /** Handles signals one after another, so a candidate never overtakes the offer it follows. */
  handle(signal: IncomingSignal): Promise<void> {
    this.incoming = this.incoming.then(() => this.process(signal)).catch((error) => this.options.log.warn(`[call] signal from ${this.peerId} failed`, error))
    return this.incoming
  }

  /** Swaps the outgoing video (camera ↔ screen, front ↔ rear) without renegotiating. */
  async replaceVideo(track: MediaStreamTrack | null): Promise<void> {
    const sender = this.sender('video')
    if (sender && !this.closed) await sender.replaceTrack(track)
  }

  async replaceAudio(track: MediaStreamTrack | null): Promise<void> {
    const sender = this.sender('audio')
    if (sender && !this.closed) await sender.replaceTrack(track)
  }

  get level(): VideoLevel {
    return this.videoLevel
  }

  /** The most this link's video sends, in bits per second (the mesh shares the uplink; see bitrateFor). */
  async capBitrate(bitsPerSecond: number): Promise<void> {
    if (this.maxBitrate === bitsPerSecond) return
    this.maxBitrate = bitsPerSecond
    // The level as it is when this write's turn comes (the light start may be under way).
    await this.serially(() => this.writeVideo(this.videoLevel))
  }

  /** Lowers or restores what this link sends, by encoding parameters: no renegotiation. */
  async setVideoLevel(level: VideoLevel): Promise<void> {
    this.cancelFullSize()
    await this.applyVideoLevel(level)
  }

  private applyVideoLevel(level: VideoLevel): Promise<void> {
    return this.serially(() => this.writeVideo(level))
  }

  /** One write of the sender's parameters at a time, each reading what the one before left. */
  private serially(write: () => Promise<void>): Promise<void> {
    const next = this.parameterWrites.then(write)
    this.parameterWrites = next.catch(() => undefined)
    return next
  }

  private async writeVideo(level: VideoLevel): Promise<void> {
    const sender = this.sender('video')
    if (!sender || this.closed) return
    const parameters = sender.getParameters()
    const encoding = parameters.encodings?.[0]
    // Before the first negotiation there is nothing to change.
    if (!encoding) return
    encoding.active = level < 2
    encoding.scaleResolutionDownBy = level === 0 ? 1 : 2
    if (this.maxBitrate !== undefined) encoding.maxBitrate = this.maxBitrate
    await sender.setParameters(parameters)
    this.videoLevel = level
  }

  stats(): Promise<RTCStatsReport> {
    return this.pc.getStats()
  }

  /** Asks for new ICE candidates; the offer it triggers carries the restart to the peer. */
  restartIce(): void {
    if (this.closed) return
    this.options.log.info(`[call] restarting ICE with ${this.peerId}`)
    this.pc.restartIce()
    this.scheduleRestart(this.options.restartRetryMs ?? 5000)
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    this.clearRestart()
    this.cancelFullSize()
    this.pc.onnegotiationneeded = null
    this.pc.onicecandidate = null
    this.pc.ontrack = null
    this.pc.onconnectionstatechange = null
    this.pc.close()
    this.events.emit('change', this)
  }

  private wire(): void {
    const { pc } = this
    pc.onnegotiationneeded = () => void this.offer()
    pc.onicecandidate = ({ candidate }) => {
      if (!candidate || !candidate.candidate) return
      this.options.send({
        type: 'candidate',
        to: this.peerId,
        candidate: candidate.candidate,
        sdpMid: candidate.sdpMid,
        sdpMLineIndex: candidate.sdpMLineIndex,
      })
    }
    pc.ontrack = (event) => {
      const stream = event.streams[0] ?? this.remoteStream ?? this.options.createStream([])
      if (!event.streams[0] && !stream.getTracks().includes(event.track)) stream.addTrack(event.track)
      this.remoteStream = stream
      this.events.emit('change', this)
    }
    pc.onconnectionstatechange = () => this.connectionChanged()
  }

  private addOutgoing({ stream, audio, video }: OutgoingMedia): void {
    for (const [kind, track] of [
      ['audio', audio],
      ['video', video],
    ] as const) {
      if (track) this.senders[kind] = stream ? this.pc.addTrack(track, stream) : this.pc.addTrack(track)
      // Without a device the offerer still asks to receive; the answerer takes the offer's lines.
      else if (this.options.initiator) this.pc.addTransceiver(kind, { direction: 'recvonly' })
    }
    if (video) void this.startLight()
  }

  /** Half size until the link is up and a moment has passed (see FULL_SIZE_AFTER_MS). */
  private async startLight(): Promise<void> {
    try {
      await this.applyVideoLevel(1)
      this.startedLight = this.videoLevel === 1
    } catch (error) {
      // Browsers that refuse parameters before negotiation simply start at full size.
      this.options.log.info(`[call] light start to ${this.peerId} not possible`, error)
    }
  }

  private scheduleFullSize(): void {
    if (!this.startedLight || this.fullSizeTimer !== undefined) return
    this.startedLight = false
    this.fullSizeTimer = this.options.timers.setTimeout(() => {
      this.fullSizeTimer = undefined
      if (!this.closed) void this.applyVideoLevel(0).catch((error) => this.options.log.warn(`[call] full size to ${this.peerId} failed`, error))
    }, FULL_SIZE_AFTER_MS)
  }

  private cancelFullSize(): void {
    this.startedLight = false
    this.options.timers.clearTimeout(this.fullSizeTimer)
    this.fullSizeTimer = undefined
  }

  private sender(kind: 'audio' | 'video'): RTCRtpSender | undefined {
    const known = this.senders[kind]
    if (known) return known
    return this.pc.getTransceivers?.().find((transceiver) => transceiver.receiver.track?.kind === kind)?.sender
  }

  private async offer(): Promise<void> {
    // The side that does not offer waits for the other's offer, so both never start at once.
    if (!this.options.initiator && !this.remoteSeen) return
    if (this.closed) return
    try {
      this.makingOffer = true
      await this.pc.setLocalDescription()
      const sdp = this.pc.localDescription?.sdp
      if (sdp && !this.closed) this.options.send({ type: 'offer', to: this.peerId, sdp })
    } catch (error) {
      this.options.log.warn(`[call] offer to ${this.peerId} failed`, error)
    } finally {
      this.makingOffer = false
    }
  }

  private async process(signal: IncomingSignal): Promise<void> {
    if (this.closed) return
    if (signal.type === 'candidate') return this.candidate(signal)
    if (signal.type !== 'offer' && signal.type !== 'answer') return
    const offerCollision = signal.type === 'offer' && (this.makingOffer || this.pc.signalingState !== 'stable')
    this.ignoreOffer = !this.options.polite && offerCollision
    if (this.ignoreOffer) {
      this.options.log.info(`[call] ignoring a colliding offer from ${this.peerId}`)
      return
    }
    // An answer that finds no offer of ours (a late duplicate) would throw: nothing to apply.
    if (signal.type === 'answer' && this.pc.signalingState !== 'have-local-offer') return
    await this.pc.setRemoteDescription({ type: signal.type, sdp: signal.sdp ?? '' })
    this.remoteSeen = true
    await this.applyPendingCandidates()
    if (signal.type === 'offer') {
      await this.pc.setLocalDescription()
      const sdp = this.pc.localDescription?.sdp
      if (sdp && !this.closed) this.options.send({ type: 'answer', to: this.peerId, sdp })
    }
  }

  private async candidate(signal: IncomingSignal): Promise<void> {
    if (signal.candidate === null || signal.candidate === undefined) return
    const init: RTCIceCandidateInit = { candidate: signal.candidate, sdpMid: signal.sdpMid, sdpMLineIndex: signal.sdpMLineIndex }
    if (!this.pc.remoteDescription) {
      // After an ignored offer the candidates are that offer's: they would only fail later.
      if (!this.ignoreOffer) this.pendingCandidates.push(init)
      return
    }
    await this.addCandidate(init)
  }

  private async applyPendingCandidates(): Promise<void> {
    const pending = this.pendingCandidates
    this.pendingCandidates = []
    for (const init of pending) await this.addCandidate(init)
  }

  private async addCandidate(init: RTCIceCandidateInit): Promise<void> {
    try {
      await this.pc.addIceCandidate(init)
    } catch (error) {
      // Candidates of an offer we ignored fail by design.
      if (!this.ignoreOffer) this.options.log.warn(`[call] candidate from ${this.peerId} refused`, error)
    }
  }

  private connectionChanged(): void {
    const state = this.pc.connectionState
    if (state === 'connected') {
      this.clearRestart()
      this.scheduleFullSize()
    }
    else if (state === 'disconnected') this.scheduleRestart(this.options.disconnectGraceMs ?? 2000)
    else if (state === 'failed') {
      this.clearRestart()
      this.restartIce()
    }
    this.events.emit('change', this)
  }

  private scheduleRestart(ms: number): void {
    if (this.restartTimer !== undefined) return
    this.restartTimer = this.options.timers.setTimeout(() => {
      this.restartTimer = undefined
      const state = this.pc.connectionState
      if (!this.closed && state !== 'connected' && state !== 'closed') this.restartIce()
    }, ms)
  }

  private clearRestart(): void {
    this.options.timers.clearTimeout(this.restartTimer)
    this.restartTimer = undefined
  }
}
