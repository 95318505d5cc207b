import type { CallParticipant, CallView, ParticipantRole, StillView } from '@/api/call-types'
import { Emitter } from '@/realtime/events'
import type { ConnectionState } from '@/realtime/events'
import { derivePhase, type CallPhase } from './call-state'
import { installDiagnostics, watchFirstFrame, type PeerDiagnostics } from './diagnostics'
import { LocalMedia, type MediaFailure } from './local-media'
import { PeerLink } from './peer-link'
import type { CallApi, CallLogger, MediaPlatform, SignalingPort, Timers } from './ports'
import { browserTimers } from './ports'
import { QualityMonitor } from './quality-monitor'
import { randomId } from './random-id'
import { readTotals, type QualityLevel } from './quality'
import type { RecorderDeps, RecordingSource } from './recorder'
import { RecordingSession } from './recording-session'
import { openScreen } from './screen-share'
import { SignalSender } from './signal-sender'
import { isNotice, type CallNotice, type IncomingSignal, type SignalError, type SignalQueueMessage } from './signal-types'
import { captureStill, grabFrame, StillRequester, type FrameDeps } from './stills'

export interface PeerView {
  id: string
  role: ParticipantRole | null
  displayName: string
  stream: MediaStream | null
  audio: boolean
  video: boolean
  connectionState: RTCPeerConnectionState
}

/** Everything the call screen shows, as one immutable value per change. */
export interface CallSnapshot {
  phase: CallPhase
  /** Nobody else is in the call (yet). */
  alone: boolean
  endReason: string | null
  /** What the small local picture shows: the camera, or the screen while sharing. */
  preview: MediaStream | null
  /** Microphone and camera as the person set them; `has…` says whether there is a device at all. */
  audio: boolean
  video: boolean
  hasAudio: boolean
  hasVideo: boolean
  mediaFailure: MediaFailure | null
  /** Which camera: the front one is shown mirrored, as people expect of themselves. */
  facing: 'user' | 'environment'
  sharing: boolean
  canShare: boolean
  cameraCount: number
  /** Someone is recording the call (what every participant is told). */
  recording: boolean
  /** This browser's recorder runs. */
  recordingHere: boolean
  /** The last chunks of a stopped recording are still going up. */
  recordingSaving: boolean
  quality: QualityLevel | null
  peers: PeerView[]
  stills: StillView[]
  stillPending: boolean
}

/** Things to tell the person, as i18n keys under `call.problem` / `call.info`. */
export const CALL_PROBLEMS = [
  'join-failed',
  'share-failed',
  'record-failed',
  'upload-failed',
  'still-failed',
  'still-camera-off',
  'camera-switch-failed',
] as const
export type CallProblem = (typeof CALL_PROBLEMS)[number]
export const CALL_INFOS = ['still-taken'] as const
export type CallInfo = (typeof CALL_INFOS)[number]

/** Why a call ended as the server says it, plus this browser's own ENDED (unknown) and NOT_FOUND. */
/** How long after joining the call's earlier stills are fetched (set-up comes first). */
const STILLS_AFTER_MS = 1500

export const END_REASONS = ['HANGUP', 'COMPLETED', 'TRANSFERRED', 'NO_SHOW', 'WITHDRAWN', 'RECALLED', 'EXPIRED', 'ENDED', 'NOT_FOUND'] as const

export interface CallSessionEvents {
  change: CallSnapshot
  problem: { problem: CallProblem; error?: unknown }
  info: CallInfo
  ended: string
}

export interface CallSessionDeps {
  callId: string
  selfId: string
  role: ParticipantRole
  api: CallApi
  signaling: SignalingPort
  platform: MediaPlatform
  /** Where signals are published: `/app/calls/{id}/signal`. */
  signalDestination: string
  timers?: Timers
  log?: CallLogger
  /** Made once per page load per call; the same one is sent again on every rejoin. */
  session?: string
  recorder?: RecorderDeps
  frames?: FrameDeps
  /** The page, for `pagehide` and the diagnostics hook; absent in tests that do not want them. */
  page?: Pick<Window, 'addEventListener' | 'removeEventListener'> & { cloudwindowCall?: Window['cloudwindowCall'] }
  joinRetryMs?: number
}

const ENDED_CODE = 'call.ended'

function problemCodeOf(error: unknown): string | undefined {
  const data = (error as { response?: { data?: { code?: unknown; type?: unknown } } } | null)?.response?.data
  if (typeof data?.code === 'string') return data.code
  if (typeof data?.type === 'string' && data.type.endsWith(ENDED_CODE)) return ENDED_CODE
  return undefined
}

function statusOf(error: unknown): number | undefined {
  return (error as { response?: { status?: number } } | null)?.response?.status
}

/**
 * One call in this browser: local media, a mesh of peer links (one per remote participant),
 * signalling over the app's STOMP connection, and the extras (screen, recording, stills, quality).
 *
 * Who offers: in each pair, the participant with the greater user id, whenever the two meet (its
 * own join finds the other present, or the other's `joined` notice arrives). Both pages may join
 * at the same moment (a tablet answering while the desk opens its camera), and "the newcomer
 * offers" would then have both offer at once. A peer that shows up with another join session has
 * reloaded its page: its old link is closed and a fresh one is negotiated.
 */
export class CallSession {
  readonly events = new Emitter<CallSessionEvents>()
  readonly callId: string
  readonly session: string
  private readonly deps: CallSessionDeps
  private readonly timers: Timers
  private readonly log: CallLogger
  private readonly local: LocalMedia
  private readonly sender: SignalSender
  private readonly links = new Map<string, PeerLink>()
  private readonly participants = new Map<string, CallParticipant>()
  private readonly remoteVideos = new Map<string, HTMLVideoElement>()
  private readonly firstFrames = new Map<string, number>()
  private readonly frameWatches = new Map<string, () => void>()
  private readonly quality: QualityMonitor
  private readonly stillRequester: StillRequester
  private readonly recording: RecordingSession | null
  private readonly cleanups: (() => void)[] = []
  private iceServers: RTCIceServer[] = []
  private localVideo: HTMLVideoElement | null = null
  private screen: MediaStreamTrack | null = null
  private preview: MediaStream | null = null
  private signalingState: ConnectionState
  private signalingLost = false
  private joined = false
  private joining: Promise<void> | null = null
  /** Opening camera, microphone and ICE servers; joins wait for it before they offer. */
  private mediaStage: Promise<void> = Promise.resolve()
  private readonly marks: Record<string, number> = {}
  /** Peers whose `joined` notice came while this page was joining, with their sessions. */
  private readonly metWhileJoining = new Map<string, string | null>()
  /** Signals that came before the first join was done. */
  private readonly held: IncomingSignal[] = []
  private joinTimer: unknown
  private ended = false
  private endReason: string | null = null
  private disposed = false
  private serverRecording = false
  private qualityLevel: QualityLevel | null = null
  private stills: StillView[] = []
  private cameraCount = 0
  private capturing = false

  constructor(deps: CallSessionDeps) {
    this.deps = deps
    this.callId = deps.callId
    this.session = deps.session ?? randomId()
    this.timers = deps.timers ?? browserTimers
    this.log = deps.log ?? console
    this.local = new LocalMedia(deps.platform, this.log)
    this.sender = new SignalSender(deps.signaling, deps.signalDestination, this.timers)
    this.signalingState = deps.signaling.state
    this.quality = new QualityMonitor({
      links: () => [...this.links.values()],
      timers: this.timers,
      log: this.log,
      onChange: (level) => {
        this.qualityLevel = level
        this.changed()
      },
    })
    this.stillRequester = new StillRequester({
      request: () => deps.api.requestStill(this.callId),
      fallback: () => this.stillFromRemoteVideo(),
      timers: this.timers,
      log: this.log,
    })
    this.recording = deps.recorder
      ? new RecordingSession({
          callId: this.callId,
          api: deps.api,
          deps: deps.recorder,
          sources: () => this.recordingSources(),
          timers: this.timers,
          log: this.log,
          // After the end the server may have closed the recording: the refusal is expected then.
          onUploadFailed: (error) => (this.ended || this.disposed ? this.log.warn('[call] late chunk refused', error) : this.problem('upload-failed', error)),
        })
      : null
  }

  get phase(): CallPhase {
    return derivePhase({
      ended: this.ended,
      joined: this.joined,
      signaling: this.signalingState,
      peers: [...this.links.values()].map((link) => ({ connectionState: link.connectionState, receiving: link.receiving })),
    })
  }

  get snapshot(): CallSnapshot {
    const others = [...this.participants.values()].filter((p) => String(p.userId) !== this.deps.selfId)
    const peerIds = new Set([...others.filter((p) => p.present).map((p) => String(p.userId)), ...this.links.keys()])
    const peers = [...peerIds].map((id) => {
      const participant = this.participants.get(id)
      const link = this.links.get(id)
      return {
        id,
        role: participant?.role ?? null,
        displayName: participant?.displayName ?? '',
        stream: link?.remoteStream ?? null,
        audio: participant?.audio ?? true,
        video: participant?.video ?? true,
        connectionState: link?.connectionState ?? 'new',
      }
    })
    return {
      phase: this.phase,
      alone: !this.ended && peers.length === 0,
      endReason: this.endReason,
      preview: this.preview ?? this.local.stream,
      audio: this.local.audioWanted,
      video: this.local.videoWanted,
      hasAudio: !!this.local.audioTrack,
      hasVideo: !!this.local.videoTrack,
      mediaFailure: this.local.failure,
      facing: this.local.facing,
      sharing: this.screen !== null,
      canShare: !!this.deps.platform.getDisplayMedia,
      cameraCount: this.cameraCount,
      recording: this.serverRecording || !!this.recording?.active,
      recordingHere: !!this.recording?.active,
      recordingSaving: !!this.recording?.saving,
      quality: this.qualityLevel,
      peers,
      stills: this.stills,
      stillPending: this.stillRequester.pending,
    }
  }

  /** Opens camera and microphone, joins, and offers to whoever is already there. */
  async start(): Promise<void> {
    const { signaling, page } = this.deps
    this.cleanups.push(
      signaling.onSignal((message) => this.onMessage(message)),
      signaling.onError((error) => this.onSignalError(error)),
      signaling.onState((state) => this.onSignalingState(state)),
    )
    if (page) {
      const hide = () => this.leaveNow(true)
      page.addEventListener('pagehide', hide)
      this.cleanups.push(() => page.removeEventListener('pagehide', hide), installDiagnostics(this.diagnosticsHook(), page))
    }
    // Joining does not wait for the camera: both go at once, and what needs the camera (offers,
    // answers to offers that arrive meanwhile) waits for it inside the join.
    this.mark('start')
    this.mediaStage = this.openMedia().then(() => this.mark('media'))
    await Promise.all([this.mediaStage, this.join()])
    if (this.disposed) return
    // Stills exist only if this page was reloaded mid-call; fetch them once set-up is over.
    this.timers.setTimeout(() => void this.refreshStills(), STILLS_AFTER_MS)
  }

  /** Camera and microphone, ICE servers and the camera count; never rejects. */
  private async openMedia(): Promise<void> {
    const [, ice] = await Promise.all([this.local.open(), this.deps.api.iceServers(this.callId).catch((error) => this.noIce(error))])
    if (this.disposed) {
      this.local.stop()
      return
    }
    this.iceServers = ice.map((server) => ({
      urls: server.urls,
      ...(server.username ? { username: server.username } : {}),
      ...(server.credential ? { credential: server.credential } : {}),
    }))
    this.cameraCount = await this.local.cameraCount()
    this.changed()
  }

  setAudio(on: boolean): void {
    this.local.setAudioEnabled(on)
    this.announceMedia()
  }

  setVideo(on: boolean): void {
    this.local.setVideoEnabled(on)
    this.announceMedia()
  }

  async switchCamera(): Promise<void> {
    try {
      const track = await this.local.switchCamera()
      if (track && !this.screen) await Promise.all([...this.links.values()].map((link) => link.replaceVideo(track)))
    } catch (error) {
      this.problem('camera-switch-failed', error)
    }
    this.changed()
  }

  async startShare(): Promise<void> {
    const getDisplayMedia = this.deps.platform.getDisplayMedia
    if (!getDisplayMedia || this.screen || this.ended) return
    try {
      const track = await openScreen(getDisplayMedia, this.timers)
      if (this.ended || this.disposed) {
        track.stop()
        return
      }
      this.screen = track
      this.preview = this.deps.platform.createStream([track])
      // The browser's own "stop sharing" bar ends the track.
      track.addEventListener('ended', () => void this.stopShare())
      await Promise.all([...this.links.values()].map((link) => link.replaceVideo(track)))
    } catch (error) {
      // Cancelling the picker is a choice, not a failure.
      if ((error as { name?: string } | null)?.name !== 'NotAllowedError') this.problem('share-failed', error)
    }
    this.changed()
  }

  async stopShare(): Promise<void> {
    const track = this.screen
    if (!track) return
    this.screen = null
    this.preview = null
    track.stop()
    this.changed()
    const camera = this.local.videoTrack
    await Promise.all([...this.links.values()].map((link) => link.replaceVideo(camera)))
  }

  async startRecording(): Promise<void> {
    if (!this.recording || this.ended) return
    try {
      await this.recording.start()
      this.serverRecording = true
    } catch (error) {
      this.problem('record-failed', error)
    }
    this.changed()
  }

  async stopRecording(): Promise<void> {
    if (!this.recording?.active) return
    const stopping = this.recording.stop()
    this.changed()
    try {
      await stopping
      this.serverRecording = false
    } catch (error) {
      this.problem('record-failed', error)
    }
    this.changed()
  }

  get canRecord(): boolean {
    return this.recording !== null
  }

  /** The clerk asks the tablet for a still of what its camera sees. */
  async requestStill(): Promise<void> {
    const requesting = this.stillRequester.request()
    this.changed()
    try {
      await requesting
    } catch (error) {
      this.problem('still-failed', error)
    }
    this.changed()
  }

  /**
   * Hangs up for everyone. Over HTTP, which works while STOMP is reconnecting; the server tells
   * the others. If HTTP fails too, the STOMP hang-up is the fallback.
   */
  hangup(): void {
    if (this.ended) return
    this.deps.api.hangup(this.callId).catch((error: unknown) => {
      this.log.warn('[call] hang-up over HTTP failed, trying STOMP', error)
      this.deps.signaling.publish(this.deps.signalDestination, { type: 'hangup', to: '' })
    })
    this.end('HANGUP')
  }

  attachLocalVideo(video: HTMLVideoElement | null): void {
    this.localVideo = video
  }

  attachRemoteVideo(peerId: string, video: HTMLVideoElement | null): void {
    this.frameWatches.get(peerId)?.()
    this.frameWatches.delete(peerId)
    if (!video) {
      this.remoteVideos.delete(peerId)
      return
    }
    this.remoteVideos.set(peerId, video)
    this.watchFirstFrame(peerId)
  }

  async diagnostics(): Promise<PeerDiagnostics[]> {
    return Promise.all(
      [...this.links.values()].map(async (link) => {
        const totals = await link.stats().then(
          (report) => readTotals(report, this.timers.now()),
          () => null,
        )
        return {
          peerId: link.peerId,
          role: this.participants.get(link.peerId)?.role ?? '',
          connectionState: link.connectionState,
          framesDecoded: totals?.framesDecoded ?? 0,
          frameWidth: totals?.frameWidth ?? 0,
          videoWidth: this.remoteVideos.get(link.peerId)?.videoWidth ?? 0,
        }
      }),
    )
  }

  /** The view goes away: leave the call (if still in it) and let go of everything. */
  dispose(): void {
    if (this.disposed) return
    if (this.joined && !this.ended) this.leaveNow(false)
    this.disposed = true
    if (this.recording?.active) {
      // Finish the recording in the background: the chunks so far and the stop still reach the server.
      this.recording.stop().catch((error) => this.log.warn('[call] the recording could not be closed', error))
    }
    this.teardown()
    this.cleanups.splice(0).forEach((cleanup) => cleanup())
    this.sender.dispose()
  }

  // --- joining ---------------------------------------------------------------------------------

  private join(): Promise<void> {
    this.joining ??= this.doJoin().finally(() => {
      this.joining = null
    })
    return this.joining
  }

  private async doJoin(): Promise<void> {
    if (this.ended || this.disposed) return
    let view: CallView
    try {
      view = await this.deps.api.join(this.callId, this.session)
    } catch (error) {
      return this.joinFailed(error)
    }
    await this.mediaStage
    if (this.ended || this.disposed) return
    this.joined = true
    this.mark('joined')
    this.applyView(view)
    if (view.state === 'ENDED') return this.end(view.endReason ?? 'ENDED')
    const met = new Map(this.metWhileJoining)
    this.metWhileJoining.clear()
    for (const participant of view.participants) {
      if (participant.present) met.set(String(participant.userId), participant.session)
    }
    for (const [id, session] of met) {
      if (id === this.deps.selfId) continue
      const link = this.links.get(id)
      if (link && session && link.session && link.session !== session) this.closeLink(id)
      if (!this.links.has(id)) {
        if (this.offersTo(id)) this.openLink(id, session, true)
      } else if (this.links.get(id)?.connectionState !== 'connected' && this.offersTo(id)) {
        // Signals may have been lost while STOMP was down: a link that is not up negotiates again.
        this.links.get(id)?.restartIce()
      }
    }
    this.sender.flush()
    this.releaseHeld()
    this.quality.start()
    // The server starts a page with microphone and camera on; only a difference is worth a request
    // while the call is being set up.
    const self = view.participants.find((p) => String(p.userId) === this.deps.selfId)
    if (!self || self.audio !== this.local.audioEnabled || self.video !== this.local.videoEnabled) this.announceMedia()
    else this.changed()
  }

  private joinFailed(error: unknown): void {
    if (problemCodeOf(error) === ENDED_CODE) {
      void this.deps.api.get(this.callId).then(
        (view) => this.end(view.endReason ?? 'ENDED'),
        () => this.end('ENDED'),
      )
      return
    }
    const status = statusOf(error)
    if (status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429) {
      // Not ours (404) or not allowed: trying again will not help.
      this.problem('join-failed', error)
      this.end('NOT_FOUND')
      return
    }
    this.log.warn('[call] join failed, trying again', error)
    this.timers.clearTimeout(this.joinTimer)
    this.joinTimer = this.timers.setTimeout(() => void this.join(), this.deps.joinRetryMs ?? 3000)
  }

  private noIce(error: unknown): [] {
    // Host candidates still connect on one LAN; the call goes on without STUN/TURN.
    this.log.warn('[call] no ICE servers', error)
    return []
  }

  private applyView(view: CallView): void {
    for (const participant of view.participants) this.participants.set(String(participant.userId), participant)
    this.serverRecording = view.recording
  }

  private onSignalingState(state: ConnectionState): void {
    this.signalingState = state
    if (state === 'reconnecting' || state === 'gave-up') this.signalingLost = true
    if (state === 'connected' && this.signalingLost) {
      this.signalingLost = false
      // The server may have restarted and forgotten its rooms: join again, same session.
      if (this.joined && !this.ended) void this.join()
    }
    this.changed()
  }

  // --- incoming --------------------------------------------------------------------------------

  private onMessage(message: SignalQueueMessage): void {
    if (message.callId !== this.callId || this.ended || this.disposed) return
    if (isNotice(message)) this.onNotice(message)
    // An offer that arrives before this page has its camera and has joined waits for both.
    else if (!this.joined) this.held.push(message)
    else this.onSignal(message)
  }

  private releaseHeld(): void {
    const held = this.held.splice(0)
    for (const signal of held) this.onSignal(signal)
  }

  private onSignal(signal: IncomingSignal): void {
    const from = signal.from
    if (!from || from === this.deps.selfId) return
    if (signal.type === 'hangup') {
      this.closeLink(from)
      this.changed()
      return
    }
    this.markPresent(from, signal.session ?? null)
    let link = this.links.get(from)
    if (link && signal.session && link.session && signal.session !== link.session) {
      this.log.info(`[call] ${from} reloaded its page: a fresh link`)
      this.closeLink(from)
      link = undefined
    }
    if (!link) {
      // A late answer to a link that is gone has nothing to answer.
      if (signal.type === 'answer') return
      link = this.openLink(from, signal.session ?? null, false)
    }
    link.session ??= signal.session ?? null
    void link.handle(signal)
  }

  private onNotice(notice: CallNotice): void {
    const from = notice.from ?? ''
    const other = from !== '' && from !== this.deps.selfId
    switch (notice.type) {
      case 'joined':
        if (!other) break
        this.markPresent(from, notice.session)
        {
          const link = this.links.get(from)
          // Same session: a rejoin after a STOMP reconnect, the link stands. Another: a reload.
          if (link && notice.session && link.session && link.session !== notice.session) this.closeLink(from)
          if (!this.links.has(from) && this.offersTo(from)) {
            // Not joined yet: the join may have been answered before this peer came in.
            if (this.joined) this.openLink(from, notice.session, true)
            else this.metWhileJoining.set(from, notice.session)
          }
        }
        if (!this.participants.get(from)?.displayName) void this.refreshView()
        break
      case 'left': {
        if (!other) break
        const participant = this.participants.get(from)
        if (participant) this.participants.set(from, { ...participant, present: false })
        // A dead link goes. A live one stays (only the peer's signalling may have dropped), and so
        // does one still negotiating: `left` carries no session, and the old page's leave can
        // arrive after the reloaded page has joined and offered.
        const state = this.links.get(from)?.connectionState
        if (state === 'failed' || state === 'disconnected' || state === 'closed') this.closeLink(from)
        break
      }
      case 'ended':
        this.end(notice.reason ?? 'ENDED')
        return
      case 'recording':
        this.serverRecording = notice.recording ?? false
        break
      case 'still':
        this.stillRequester.stillArrived()
        if (other) this.events.emit('info', 'still-taken')
        void this.refreshStills()
        break
      case 'still-request':
        if (other) void this.answerStillRequest()
        break
      case 'media': {
        const participant = this.participants.get(from)
        if (other && participant) {
          this.participants.set(from, { ...participant, audio: notice.audio ?? participant.audio, video: notice.video ?? participant.video })
        }
        break
      }
    }
    this.changed()
  }

  private onSignalError(error: SignalError): void {
    if (error.callId && error.callId !== this.callId) return
    if (error.code === 'not-found' && error.callId === this.callId) {
      // The server does not have this page in the call's room (it restarted and the rejoin has not
      // landed yet): join again; a real stranger's join is refused and ends the call here.
      this.log.warn('[call] the server does not know this page in the call: joining again')
      if (this.joined && !this.ended) void this.join()
      return
    }
    if (!error.code?.startsWith('call.')) return
    this.log.warn(`[call] the server refused a signal: ${error.code}`, error.message)
    // The call may have ended while this browser did not hear of it.
    if (error.code === ENDED_CODE) void this.refreshView()
  }

  private markPresent(id: string, session: string | null): void {
    const known = this.participants.get(id)
    if (known) this.participants.set(id, { ...known, present: true, session: session ?? known.session })
  }

  private async refreshView(): Promise<void> {
    try {
      const view = await this.deps.api.get(this.callId)
      if (this.disposed) return
      this.applyView(view)
      if (view.state === 'ENDED') this.end(view.endReason ?? 'ENDED')
      this.changed()
    } catch (error) {
      this.log.warn('[call] could not read the call', error)
    }
  }

  // --- links -----------------------------------------------------------------------------------

  /** In each pair the greater user id offers, so two pages that meet never both do. */
  private offersTo(peerId: string): boolean {
    return Number(this.deps.selfId) > Number(peerId)
  }

  private openLink(peerId: string, session: string | null, initiator: boolean): PeerLink {
    const link = new PeerLink({
      peerId,
      session,
      polite: Number(this.deps.selfId) > Number(peerId),
      initiator,
      pc: this.deps.platform.createPeerConnection({ iceServers: this.iceServers }),
      outgoing: { stream: this.local.stream, audio: this.local.audioTrack, video: this.screen ?? this.local.videoTrack },
      send: (signal) => this.sender.send(signal),
      createStream: (tracks) => this.deps.platform.createStream(tracks),
      timers: this.timers,
      log: this.log,
    })
    link.events.on('change', () => this.linkChanged(link))
    this.mark(`link:${peerId}`)
    this.links.set(peerId, link)
    this.changed()
    return link
  }

  private linkChanged(link: PeerLink): void {
    if (this.links.get(link.peerId) !== link) return
    const state = link.connectionState
    if (state === 'connected') this.mark(`connected:${link.peerId}`)
    const present = this.participants.get(link.peerId)?.present ?? true
    if (!present && (state === 'failed' || state === 'disconnected')) this.closeLink(link.peerId)
    this.changed()
  }

  private closeLink(peerId: string): void {
    const link = this.links.get(peerId)
    if (!link) return
    this.links.delete(peerId)
    link.close()
    this.sender.drop(peerId)
    this.firstFrames.delete(peerId)
    this.watchFirstFrame(peerId)
  }

  private watchFirstFrame(peerId: string): void {
    this.frameWatches.get(peerId)?.()
    const video = this.remoteVideos.get(peerId)
    if (!video || this.firstFrames.has(peerId)) return
    this.frameWatches.set(
      peerId,
      watchFirstFrame(video, (at) => {
        if (!this.firstFrames.has(peerId)) this.firstFrames.set(peerId, at)
      }),
    )
  }

  // --- media state -----------------------------------------------------------------------------

  private announceMedia(): void {
    this.changed()
    if (!this.joined || this.ended) return
    const media = { audio: this.local.audioEnabled, video: this.local.videoEnabled }
    this.deps.api.media(this.callId, media).catch((error) => this.log.warn('[call] could not tell the others about the media', error))
  }

  // --- stills ----------------------------------------------------------------------------------

  private async answerStillRequest(): Promise<void> {
    const track = this.local.videoTrack
    const frames = this.deps.frames
    if (this.capturing || !frames) return
    if (!track || !this.local.videoEnabled) {
      this.problem('still-camera-off')
      return
    }
    this.capturing = true
    try {
      const image = await captureStill(track, frames, this.log)
      await this.deps.api.uploadStill(this.callId, image, 'camera')
    } catch (error) {
      this.problem('still-failed', error)
    } finally {
      this.capturing = false
    }
  }

  /** The fallback: the frame the clerk sees of the tablet, at the stream's own size. */
  private async stillFromRemoteVideo(): Promise<void> {
    const frames = this.deps.frames
    const peer = this.snapshot.peers.find((p) => p.role === 'WORKER' && p.video) ?? this.snapshot.peers.find((p) => p.video)
    const video = peer ? this.remoteVideos.get(peer.id) : undefined
    try {
      if (!frames || !video) throw new Error('no remote video to take a still from')
      const image = await grabFrame(video, frames.createCanvas)
      await this.deps.api.uploadStill(this.callId, image, 'frame')
    } catch (error) {
      this.problem('still-failed', error)
    }
    this.changed()
  }

  private async refreshStills(): Promise<void> {
    try {
      const stills = await this.deps.api.stills(this.callId)
      if (this.disposed) return
      this.stills = stills
      this.changed()
    } catch (error) {
      this.log.warn('[call] could not list the stills', error)
    }
  }

  // --- recording -------------------------------------------------------------------------------

  private recordingSources(): RecordingSource[] {
    const self = this.participants.get(this.deps.selfId)
    const local: RecordingSource = { id: this.deps.selfId, label: self?.displayName ?? '', video: this.localVideo, stream: this.local.stream }
    const remote = this.snapshot.peers.map((peer) => ({
      id: peer.id,
      label: peer.displayName,
      video: this.remoteVideos.get(peer.id) ?? null,
      stream: peer.stream,
    }))
    return [...remote, local]
  }

  // --- ending ----------------------------------------------------------------------------------

  private leaveNow(keepalive: boolean): void {
    if (!this.joined || this.ended) return
    this.deps.api.leave(this.callId, this.session, keepalive).catch(() => undefined)
  }

  private end(reason: string): void {
    if (this.ended) return
    this.ended = true
    this.endReason = reason
    if (this.recording?.active) this.recording.stop().catch((error) => this.log.warn('[call] the recording could not be closed', error))
    this.teardown()
    this.changed()
    this.events.emit('ended', reason)
  }

  private teardown(): void {
    this.timers.clearTimeout(this.joinTimer)
    this.quality.stop()
    this.stillRequester.dispose()
    this.frameWatches.forEach((stop) => stop())
    this.frameWatches.clear()
    for (const peerId of [...this.links.keys()]) {
      const link = this.links.get(peerId)
      this.links.delete(peerId)
      link?.close()
    }
    this.screen?.stop()
    this.screen = null
    this.preview = null
    this.local.stop()
  }

  private problem(problem: CallProblem, error?: unknown): void {
    if (error) this.log.warn(`[call] ${problem}`, error)
    this.events.emit('problem', { problem, error })
  }

  private changed(): void {
    if (this.disposed) return
    this.events.emit('change', this.snapshot)
  }

  private diagnosticsHook() {
    return {
      state: () => this.phase,
      stats: () => this.diagnostics(),
      firstFrameAt: () => Object.fromEntries(this.firstFrames),
      timeline: () => ({ ...this.marks }),
    }
  }

  /** The first time each step of the set-up happened (epoch ms), for the set-up benchmark. */
  private mark(step: string): void {
    this.marks[step] ??= performance.timeOrigin + performance.now()
  }
}
