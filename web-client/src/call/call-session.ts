import type { CallView } from '@/api/call-types'
import { Emitter } from '@/realtime/events'
import type { ConnectionState } from '@/realtime/events'
import type { CallContext } from './call-context'
import { CallJoin, ENDED_CODE } from './call-join'
import { CallMedia } from './call-media'
import { CallRecording } from './call-recording'
import type { CallProblem, CallSessionDeps, CallSessionEvents, CallSnapshot } from './call-session-types'
import { CallStills } from './call-stills'
import { CallViewSync } from './call-view-sync'
import { derivePhase, type CallPhase } from './call-state'
import { installDiagnostics, SetupTimeline, type CallDiagnostics, type PeerDiagnostics } from './diagnostics'
import { bitrateFor, LocalMedia } from './local-media'
import { PeerLinks } from './peer-links'
import type { CallLogger, Timers } from './ports'
import { browserTimers } from './ports'
import { QualityMonitor } from './quality-monitor'
import type { QualityLevel } from './quality'
import { randomId } from './random-id'
import { Roster } from './roster'
import { ScreenShare } from './screen-share'
import { SignalSender } from './signal-sender'
import { StompJoin } from './stomp-join'
import { isNotice, type CallNotice, type IncomingSignal, type SignalError, type SignalQueueMessage } from './signal-types'

export type { CallInfo, CallProblem, CallSessionDeps, CallSessionEvents, CallSnapshot, PeerView } from './call-session-types'
export { CALL_INFOS, CALL_PROBLEMS, END_REASONS } from './call-session-types'
export { NAMES_AFTER_MS } from './call-view-sync'

/**
 * One call in this browser: local media, a mesh of peer links (one per remote participant),
 * signalling over the app's STOMP connection, and the extras (screen, recording, stills, quality).
 *
 * Who offers: in each pair, the participant with the greater user id, whenever the two meet (its
 * own join finds the other present, or the other's `joined` notice arrives). Both pages may join
 * at the same moment (a tablet answering while the desk opens its camera), and "the newcomer
 * offers" would then have both offer at once. A peer that shows up with another join session has
 * reloaded its page: its old link is closed and a fresh one is negotiated.
 *
 * The session orchestrates; the work is done by its collaborators: `CallJoin` (joining, rejoining,
 * who offers), `PeerLinks` (the mesh), `Roster` (who is in the call), `CallMedia` (this browser's
 * camera and microphone), `ScreenShare`, `CallStills`, `CallRecording` and `QualityMonitor`.
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
  private readonly stompJoin: StompJoin
  private readonly timeline = new SetupTimeline()
  private readonly roster: Roster
  private readonly links: PeerLinks
  private readonly joiner: CallJoin
  private readonly media: CallMedia
  private readonly share: ScreenShare
  private readonly quality: QualityMonitor
  private readonly stills: CallStills
  private readonly recording: CallRecording
  private readonly viewSync: CallViewSync
  private readonly cleanups: (() => void)[] = []
  private signalingState: ConnectionState
  /** Opening camera, microphone and ICE servers; joins wait for it before they offer. */
  private mediaStage: Promise<void> = Promise.resolve()
  private ended = false
  private endReason: string | null = null
  private disposed = false
  private qualityLevel: QualityLevel | null = null
  private starting: Promise<void> | null = null

  constructor(deps: CallSessionDeps) {
    this.deps = deps
    this.callId = deps.callId
    this.session = deps.session ?? randomId()
    this.timers = deps.timers ?? browserTimers
    this.log = deps.log ?? console
    this.local = new LocalMedia(deps.platform, this.log)
    this.sender = new SignalSender(deps.signaling, deps.signalDestination, this.timers)
    this.stompJoin = new StompJoin(deps.signaling, deps.joinDestination, (session) => deps.api.join(deps.callId, session), this.timers)
    this.signalingState = deps.signaling.state
    this.roster = new Roster(deps.selfId)
    const call: CallContext = {
      callId: this.callId,
      selfId: deps.selfId,
      api: deps.api,
      timers: this.timers,
      log: this.log,
      ended: () => this.ended,
      disposed: () => this.disposed,
      problem: (problem, error) => this.problem(problem, error),
      changed: () => this.changed(),
    }
    const { local, sender, roster, timeline } = this
    this.links = new PeerLinks(call, {
      platform: deps.platform,
      sender,
      timeline,
      outgoing: () => ({ stream: local.stream, audio: local.audioTrack, video: this.share.track ?? local.videoTrack }),
      present: (peerId) => roster.get(peerId)?.present ?? true,
    })
    const links = this.links
    this.joiner = new CallJoin(call, {
      session: this.session,
      answered: deps.joined,
      join: (session) => this.stompJoin.join(session),
      links,
      sender,
      timeline,
      retryMs: deps.joinRetryMs,
      mediaStage: () => this.mediaStage,
      onAnswer: (view) => this.applyView(view),
      deliver: (signal) => this.onSignal(signal),
      onJoined: (view) => this.onJoined(view),
      end: (reason) => this.end(reason),
    })
    this.media = new CallMedia(call, { local, links, sharing: () => this.share.track !== null, joined: () => this.joiner.joined })
    this.share = new ScreenShare(call, { platform: deps.platform, links, camera: () => local.videoTrack })
    this.quality = new QualityMonitor({
      links: () => links.all(),
      timers: this.timers,
      log: this.log,
      onChange: (level) => {
        this.qualityLevel = level
        this.changed()
      },
    })
    this.stills = new CallStills(call, {
      frames: deps.frames,
      camera: local,
      peers: () => roster.peers(links),
      videoOf: (peerId) => links.videoOf(peerId),
    })
    this.recording = new CallRecording(call, { recorder: deps.recorder, roster, links, local })
    this.viewSync = new CallViewSync(call, { roster, links, apply: (view) => this.applyView(view), end: (reason) => this.end(reason) })
  }

  get phase(): CallPhase {
    return derivePhase({
      ended: this.ended,
      joined: this.joiner.joined,
      signaling: this.signalingState,
      peers: this.links.all().map((link) => ({ connectionState: link.connectionState, receiving: link.receiving })),
    })
  }

  get snapshot(): CallSnapshot {
    const peers = this.roster.peers(this.links)
    return {
      phase: this.phase,
      alone: !this.ended && peers.length === 0,
      remoteFrameShown: this.links.anyFrameShown,
      endReason: this.endReason,
      preview: this.share.preview ?? this.local.stream,
      audio: this.local.audioWanted,
      video: this.local.videoWanted,
      hasAudio: !!this.local.audioTrack,
      hasVideo: !!this.local.videoTrack,
      mediaFailure: this.local.failure,
      facing: this.local.facing,
      sharing: this.share.track !== null,
      canShare: !!this.deps.platform.getDisplayMedia,
      cameraCount: this.media.cameraCount,
      recording: this.recording.anyone,
      recordingHere: this.recording.here,
      recordingSaving: this.recording.saving,
      quality: this.qualityLevel,
      peers,
      stills: this.stills.list,
      stillPending: this.stills.pending,
    }
  }

  /**
   * Opens camera and microphone, joins, and offers to whoever is already there. Once: a session
   * started before its view was shown (the desk starts it as soon as 叫号 is answered) is started
   * again by the view, which gets the same promise.
   */
  start(): Promise<void> {
    this.starting ??= this.run()
    return this.starting
  }

  private async run(): Promise<void> {
    const { signaling, page } = this.deps
    this.cleanups.push(
      signaling.onSignal((message) => this.onMessage(message)),
      signaling.onError((error) => this.onSignalError(error)),
      signaling.onState((state) => this.onSignalingState(state)),
    )
    if (page) {
      const hide = () => this.joiner.leave(true)
      page.addEventListener('pagehide', hide)
      this.cleanups.push(() => page.removeEventListener('pagehide', hide), installDiagnostics(this.diagnosticsHook(), page))
    }
    // Joining does not wait for the camera: both go at once, and what needs the camera (offers,
    // answers to offers that arrive meanwhile) waits for it inside the join.
    this.timeline.mark('start')
    this.mediaStage = this.media.open().then(() => this.timeline.mark('media'))
    await Promise.all([this.mediaStage, this.joiner.join()])
    if (this.disposed) return
    this.stills.refreshAfterSetUp()
  }

  setAudio(on: boolean): void {
    this.media.setAudio(on)
  }

  setVideo(on: boolean): void {
    this.media.setVideo(on)
  }

  switchCamera(): Promise<void> {
    return this.media.switchCamera()
  }

  startShare(): Promise<void> {
    return this.share.start()
  }

  stopShare(): Promise<void> {
    return this.share.stop()
  }

  startRecording(): Promise<void> {
    return this.recording.start()
  }

  stopRecording(): Promise<void> {
    return this.recording.stop()
  }

  get canRecord(): boolean {
    return this.recording.available
  }

  /** The clerk asks the tablet for a still of what its camera sees. */
  requestStill(): Promise<void> {
    return this.stills.request()
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

  /**
   * Leaves the call while it goes on for the others: an expert or a coordinator who joined for a
   * consultation is done, the resident's matter is not. Ends it on this page only.
   */
  leave(): void {
    if (this.ended) return
    this.joiner.leave(false)
    this.end('LEFT')
  }

  attachLocalVideo(video: HTMLVideoElement | null): void {
    this.recording.localVideo = video
  }

  attachRemoteVideo(peerId: string, video: HTMLVideoElement | null): void {
    this.links.attachVideo(peerId, video)
  }

  diagnostics(): Promise<PeerDiagnostics[]> {
    return this.links.diagnostics((peerId) => this.roster.get(peerId)?.role ?? '')
  }

  /** The view goes away: leave the call (if still in it) and let go of everything. */
  dispose(): void {
    if (this.disposed) return
    this.joiner.leave(false)
    this.disposed = true
    // Finish the recording in the background: the chunks so far and the stop still reach the server.
    this.recording.finish()
    this.teardown()
    this.cleanups.splice(0).forEach((cleanup) => cleanup())
    this.sender.dispose()
  }

  // --- joining ---------------------------------------------------------------------------------

  private onJoined(view: CallView): void {
    this.quality.start()
    this.media.joined(view.participants.find((p) => String(p.userId) === this.deps.selfId))
  }

  private applyView(view: CallView): void {
    this.roster.apply(view)
    this.recording.announced(view.recording)
  }

  private onSignalingState(state: ConnectionState): void {
    this.signalingState = state
    this.joiner.signalingChanged(state)
    this.changed()
  }

  // --- incoming --------------------------------------------------------------------------------

  private onMessage(message: SignalQueueMessage): void {
    if (message.callId !== this.callId || this.ended || this.disposed) return
    if (message.type === 'join-answer') this.stompJoin.answered(message.call)
    else if (isNotice(message)) this.onNotice(message)
    // An offer that arrives before this page has its camera and has joined waits for both.
    else if (!this.joiner.joined) this.joiner.hold(message)
    else this.onSignal(message)
  }

  private onSignal(signal: IncomingSignal): void {
    const from = signal.from
    if (!from || from === this.deps.selfId) return
    if (signal.type === 'hangup') {
      this.links.close(from)
      this.changed()
      return
    }
    this.roster.markPresent(from, signal.session ?? null)
    this.links.deliver(signal)
  }

  private onNotice(notice: CallNotice): void {
    const from = notice.from ?? ''
    const other = from !== '' && from !== this.deps.selfId
    switch (notice.type) {
      case 'invited':
        // A coordinator brought someone in (an expert): learn who, to show them as expected.
        void this.viewSync.refresh()
        break
      case 'joined':
        if (!other) break
        this.roster.markPresent(from, notice.session)
        this.joiner.peerJoined(from, notice.session)
        if (!this.roster.get(from)?.displayName) this.viewSync.learnNamesSoon()
        break
      case 'left':
        if (!other) break
        this.roster.markLeft(from)
        this.links.peerLeft(from)
        break
      case 'ended':
        this.end(notice.reason ?? 'ENDED')
        return
      case 'recording':
        this.recording.announced(notice.recording ?? false)
        break
      case 'still':
        this.stills.arrived()
        if (other) this.events.emit('info', 'still-taken')
        void this.stills.refresh()
        break
      case 'still-request':
        if (other) void this.stills.answerRequest()
        break
      case 'media':
        if (other) this.roster.setMedia(from, notice)
        break
    }
    this.changed()
  }

  private onSignalError(error: SignalError): void {
    if (error.callId && error.callId !== this.callId) return
    if (error.callId === this.callId) this.stompJoin.refused()
    if (error.code === 'not-found' && error.callId === this.callId) {
      // The server does not have this page in the call's room (it restarted and the rejoin has not
      // landed yet): join again; a real stranger's join is refused and ends the call here.
      this.log.warn('[call] the server does not know this page in the call: joining again')
      this.joiner.rejoin()
      return
    }
    if (!error.code?.startsWith('call.')) return
    this.log.warn(`[call] the server refused a signal: ${error.code}`, error.message)
    // The call may have ended while this browser did not hear of it.
    if (error.code === ENDED_CODE) void this.viewSync.refresh()
  }

  // --- ending ----------------------------------------------------------------------------------

  private end(reason: string): void {
    if (this.ended) return
    this.ended = true
    this.endReason = reason
    this.recording.finish()
    this.teardown()
    this.changed()
    this.events.emit('ended', reason)
  }

  private teardown(): void {
    this.viewSync.stop()
    this.joiner.stop()
    this.quality.stop()
    this.stills.dispose()
    this.links.closeAll()
    this.share.release()
    this.local.stop()
  }

  private problem(problem: CallProblem, error?: unknown): void {
    if (error) this.log.warn(`[call] ${problem}`, error)
    this.events.emit('problem', { problem, error })
  }

  private changed(): void {
    if (this.disposed) return
    const participants = this.links.all().length + 1
    void this.media.fitTo(participants)
    this.links.capBitrate(bitrateFor(participants))
    this.events.emit('change', this.snapshot)
  }

  private diagnosticsHook(): CallDiagnostics {
    return {
      state: () => this.phase,
      stats: () => this.diagnostics(),
      firstFrameAt: () => this.links.firstFrameAt(),
      firstDecodedAt: () => this.links.firstDecodedAt(),
      timeline: () => this.timeline.read(),
    }
  }
}
