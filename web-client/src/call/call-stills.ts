import type { StillView } from '@/api/call-types'
import type { CallContext } from './call-context'
import type { PeerView } from './call-session-types'
import type { LocalMedia } from './local-media'
import { captureStill, grabFrame, StillRequester, type FrameDeps } from './stills'

/** How long after joining the call's earlier stills are fetched (set-up comes first). */
const STILLS_AFTER_MS = 1500

export interface CallStillsOptions {
  frames?: FrameDeps
  /** This device's camera, for a still the clerk asks for. */
  camera: Pick<LocalMedia, 'videoTrack' | 'videoEnabled'>
  /** The others as the call screen shows them, and the video element each is shown in. */
  peers(): PeerView[]
  videoOf(peerId: string): HTMLVideoElement | undefined
}

/**
 * Stills of a document during the call, on both sides: the clerk asks and, when the tablet does
 * not answer in time, takes the frame of the remote video; the tablet answers from its own camera
 * at full resolution. Keeps the call's list of stills.
 */
export class CallStills {
  private stills: StillView[] = []
  private capturing = false
  private readonly requester: StillRequester

  constructor(
    private readonly call: CallContext,
    private readonly options: CallStillsOptions,
  ) {
    this.requester = new StillRequester({
      request: () => call.api.requestStill(call.callId),
      fallback: () => this.fromRemoteVideo(),
      timers: call.timers,
      log: call.log,
    })
  }

  get list(): StillView[] {
    return this.stills
  }

  /** The clerk has asked and waits for the tablet's still. */
  get pending(): boolean {
    return this.requester.pending
  }

  /** The clerk asks the tablet for a still of what its camera sees. */
  async request(): Promise<void> {
    const requesting = this.requester.request()
    this.call.changed()
    try {
      await requesting
    } catch (error) {
      this.call.problem('still-failed', error)
    }
    this.call.changed()
  }

  /** A `still` notice: the one asked for has come, if it was asked for. */
  arrived(): void {
    this.requester.stillArrived()
  }

  /** A `still-request` notice: the tablet's side, a still from its own camera. */
  async answerRequest(): Promise<void> {
    const { camera, frames } = this.options
    const { api, callId, log } = this.call
    const track = camera.videoTrack
    if (this.capturing || !frames) return
    if (!track || !camera.videoEnabled) {
      this.call.problem('still-camera-off')
      return
    }
    this.capturing = true
    try {
      const image = await captureStill(track, frames, log)
      await api.uploadStill(callId, image, 'camera')
    } catch (error) {
      this.call.problem('still-failed', error)
    } finally {
      this.capturing = false
    }
  }

  refreshAfterSetUp(): void {
    // Stills exist only if this page was reloaded mid-call; fetch them once set-up is over.
    this.call.timers.setTimeout(() => void this.refresh(), STILLS_AFTER_MS)
  }

  async refresh(): Promise<void> {
    try {
      const stills = await this.call.api.stills(this.call.callId)
      if (this.call.disposed()) return
      this.stills = stills
      this.call.changed()
    } catch (error) {
      this.call.log.warn('[call] could not list the stills', error)
    }
  }

  dispose(): void {
    this.requester.dispose()
  }

  /** The fallback: the frame the clerk sees of the tablet, at the stream's own size. */
  private async fromRemoteVideo(): Promise<void> {
    const frames = this.options.frames
    const peers = this.options.peers()
    const peer = peers.find((p) => p.role === 'WORKER' && p.video) ?? peers.find((p) => p.video)
    const video = peer ? this.options.videoOf(peer.id) : undefined
    try {
      if (!frames || !video) throw new Error('no remote video to take a still from')
      const image = await grabFrame(video, frames.createCanvas)
      await this.call.api.uploadStill(this.call.callId, image, 'frame')
    } catch (error) {
      this.call.problem('still-failed', error)
    }
    this.call.changed()
  }
}
