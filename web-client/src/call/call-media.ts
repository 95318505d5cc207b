import type { CallParticipant } from '@/api/call-types'
import type { CallContext } from './call-context'
import type { LocalMedia } from './local-media'
import { rtcIceServers, type PeerLinks } from './peer-links'

export interface CallMediaOptions {
  local: LocalMedia
  links: Pick<PeerLinks, 'iceServers' | 'replaceVideo'>
  /** While the screen is shared the links keep sending it, whatever the camera does. */
  sharing(): boolean
  /** This page is in the call's room: the others can be told. */
  joined(): boolean
}

/**
 * This browser's camera and microphone in the call: opened together with the ICE servers (the
 * set-up stage that offers wait for), muted and switched by the person, and what the others are
 * told about them.
 */
export class CallMedia {
  private cameras = 0

  constructor(
    private readonly call: CallContext,
    private readonly options: CallMediaOptions,
  ) {}

  get cameraCount(): number {
    return this.cameras
  }

  /** Camera and microphone, ICE servers and the camera count; never rejects. */
  async open(): Promise<void> {
    const { local, links } = this.options
    const [, ice] = await Promise.all([local.open(), this.call.api.iceServers(this.call.callId).catch((error) => this.noIce(error))])
    if (this.call.disposed()) {
      local.stop()
      return
    }
    links.iceServers = rtcIceServers(ice)
    this.call.changed()
    // The camera count only decides whether a switch button shows: not worth holding the call for.
    void local.cameraCount().then((count) => {
      this.cameras = count
      this.call.changed()
    })
  }

  /** The camera's size for a call of this many people, this page included. */
  fitTo(participants: number): Promise<void> {
    return this.options.local.fitTo(participants)
  }

  setAudio(on: boolean): void {
    this.options.local.setAudioEnabled(on)
    this.announce()
  }

  setVideo(on: boolean): void {
    this.options.local.setVideoEnabled(on)
    this.announce()
  }

  async switchCamera(): Promise<void> {
    try {
      const track = await this.options.local.switchCamera()
      if (track && !this.options.sharing()) await this.options.links.replaceVideo(track)
    } catch (error) {
      this.call.problem('camera-switch-failed', error)
    }
    this.call.changed()
  }

  /** Just joined, and this is how the server has this page (if it has it at all). */
  joined(self: CallParticipant | undefined): void {
    const { local } = this.options
    // The server starts a page with microphone and camera on; only a difference is worth a request
    // while the call is being set up.
    if (!self || self.audio !== local.audioEnabled || self.video !== local.videoEnabled) this.announce()
    else this.call.changed()
  }

  private announce(): void {
    const { local } = this.options
    this.call.changed()
    if (!this.options.joined() || this.call.ended()) return
    const media = { audio: local.audioEnabled, video: local.videoEnabled }
    this.call.api.media(this.call.callId, media).catch((error) => this.call.log.warn('[call] could not tell the others about the media', error))
  }

  private noIce(error: unknown): [] {
    // Host candidates still connect on one LAN; the call goes on without STUN/TURN.
    this.call.log.warn('[call] no ICE servers', error)
    return []
  }
}
