import type { IceServerView } from '@/api/call-types'
import type { CallContext } from './call-context'
import { watchFirstFrame, type FirstFrame, type PeerDiagnostics, type SetupTimeline } from './diagnostics'
import { PeerLink, type OutgoingMedia } from './peer-link'
import type { MediaPlatform } from './ports'
import { readTotals } from './quality'
import type { SignalSender } from './signal-sender'
import type { IncomingSignal } from './signal-types'

export interface PeerLinksOptions {
  platform: Pick<MediaPlatform, 'createPeerConnection' | 'createStream'>
  sender: Pick<SignalSender, 'send' | 'drop'>
  timeline: SetupTimeline
  /** What a new link sends: the camera (or the screen while sharing) and the microphone. */
  outgoing(): OutgoingMedia
  /** Whether the server still has the peer in the room. */
  present(peerId: string): boolean
}

/** The server's ICE servers as RTCConfiguration wants them (no empty username or credential). */
export function rtcIceServers(servers: readonly IceServerView[]): RTCIceServer[] {
  return servers.map((server) => ({
    urls: server.urls,
    ...(server.username ? { username: server.username } : {}),
    ...(server.credential ? { credential: server.credential } : {}),
  }))
}

/**
 * The mesh: one PeerLink per remote participant, keyed by user id, with the remote video element
 * each is shown in. Watches each peer's first presented frame and reads the figures the
 * diagnostics hook gives the browser tests and the set-up benchmark.
 */
export class PeerLinks {
  /** Given to every link opened from now on; the camera stage fills it in. */
  iceServers: RTCIceServer[] = []
  /** Each link's video cap, in bits per second, for the call's size (see capBitrate). */
  private maxBitrate: number | undefined
  private readonly links = new Map<string, PeerLink>()
  private readonly remoteVideos = new Map<string, HTMLVideoElement>()
  private readonly firstFrames = new Map<string, FirstFrame>()
  private readonly frameWatches = new Map<string, () => void>()

  constructor(
    private readonly call: CallContext,
    private readonly options: PeerLinksOptions,
  ) {}

  get(peerId: string): PeerLink | undefined {
    return this.links.get(peerId)
  }

  has(peerId: string): boolean {
    return this.links.has(peerId)
  }

  ids(): string[] {
    return [...this.links.keys()]
  }

  all(): PeerLink[] {
    return [...this.links.values()]
  }

  open(peerId: string, session: string | null, initiator: boolean): PeerLink {
    const { selfId, timers, log } = this.call
    const { platform, sender } = this.options
    const link = new PeerLink({
      peerId,
      session,
      polite: Number(selfId) > Number(peerId),
      initiator,
      pc: platform.createPeerConnection({ iceServers: this.iceServers }),
      outgoing: this.options.outgoing(),
      send: (signal) => {
        if (signal.type === 'offer' || signal.type === 'answer') this.options.timeline.mark(`${signal.type}-sent`)
        sender.send(signal)
      },
      createStream: (tracks) => platform.createStream(tracks),
      timers,
      log,
    })
    link.events.on('change', () => this.linkChanged(link))
    if (this.maxBitrate !== undefined) this.applyCap(link, this.maxBitrate)
    this.options.timeline.mark(`link:${peerId}`)
    this.links.set(peerId, link)
    this.call.changed()
    return link
  }

  /** Caps every link's video, now and for links opened later: the mesh grew or shrank. */
  capBitrate(bitsPerSecond: number): void {
    if (this.maxBitrate === bitsPerSecond) return
    this.maxBitrate = bitsPerSecond
    for (const link of this.links.values()) this.applyCap(link, bitsPerSecond)
  }

  private applyCap(link: PeerLink, bitsPerSecond: number): void {
    link.capBitrate(bitsPerSecond).catch((error) => this.call.log.warn(`[call] bitrate cap to ${link.peerId} failed`, error))
  }

  /** An offer, answer or candidate from a peer, to its link; an offer or candidate may open one. */
  deliver(signal: IncomingSignal): void {
    if (signal.type === 'offer' || signal.type === 'answer') this.options.timeline.mark(`${signal.type}-received`)
    const from = signal.from
    let link = this.links.get(from)
    if (link && signal.session && link.session && signal.session !== link.session) {
      this.call.log.info(`[call] ${from} reloaded its page: a fresh link`)
      this.close(from)
      link = undefined
    }
    if (!link) {
      // A late answer to a link that is gone has nothing to answer.
      if (signal.type === 'answer') return
      link = this.open(from, signal.session ?? null, false)
    }
    link.session ??= signal.session ?? null
    void link.handle(signal)
  }

  close(peerId: string): void {
    const link = this.links.get(peerId)
    if (!link) return
    this.links.delete(peerId)
    link.close()
    this.options.sender.drop(peerId)
    this.firstFrames.delete(peerId)
    this.watchFirstFrame(peerId)
  }

  /** A peer that shows up with another join session has reloaded its page: its old link goes. */
  closeIfReloaded(peerId: string, session: string | null): void {
    const link = this.links.get(peerId)
    if (link && session && link.session && link.session !== session) this.close(peerId)
  }

  /** A `left` notice. */
  peerLeft(peerId: string): void {
    // The server tells of a leave only from the peer's current page (a replaced page's late
    // leave changes nothing there), so an established link is to a page that hung up: it goes
    // now, not when ICE notices seconds later (the others saw a frozen tile meanwhile). One
    // still negotiating stays: `left` carries no session, and may come from a reloaded page's
    // old one.
    const state = this.links.get(peerId)?.connectionState
    if (state !== undefined && state !== 'new' && state !== 'connecting') this.close(peerId)
  }

  /** The end of the call: every link and every watch goes. */
  closeAll(): void {
    this.frameWatches.forEach((stop) => stop())
    this.frameWatches.clear()
    for (const peerId of [...this.links.keys()]) {
      const link = this.links.get(peerId)
      this.links.delete(peerId)
      link?.close()
    }
  }

  /** Swaps what every link sends as video (camera ↔ screen, front ↔ rear). */
  replaceVideo(track: MediaStreamTrack | null): Promise<unknown> {
    return Promise.all([...this.links.values()].map((link) => link.replaceVideo(track)))
  }

  attachVideo(peerId: string, video: HTMLVideoElement | null): void {
    this.frameWatches.get(peerId)?.()
    this.frameWatches.delete(peerId)
    if (!video) {
      this.remoteVideos.delete(peerId)
      return
    }
    this.remoteVideos.set(peerId, video)
    this.watchFirstFrame(peerId)
  }

  videoOf(peerId: string): HTMLVideoElement | undefined {
    return this.remoteVideos.get(peerId)
  }

  /** Some other participant's video has been on screen in this call. */
  get anyFrameShown(): boolean {
    return this.firstFrames.size > 0
  }

  /** Peer id → epoch ms at which its first remote video frame was presented. */
  firstFrameAt(): Record<string, number> {
    return Object.fromEntries([...this.firstFrames].map(([peerId, frame]) => [peerId, frame.presentedAt]))
  }

  /** Peer id → epoch ms at which its first remote video frame was decoded. */
  firstDecodedAt(): Record<string, number> {
    return Object.fromEntries([...this.firstFrames].map(([peerId, frame]) => [peerId, frame.decodedAt]))
  }

  diagnostics(roleOf: (peerId: string) => string): Promise<PeerDiagnostics[]> {
    return Promise.all(
      [...this.links.values()].map(async (link) => {
        const totals = await link.stats().then(
          (report) => readTotals(report, this.call.timers.now()),
          () => null,
        )
        return {
          peerId: link.peerId,
          role: roleOf(link.peerId),
          connectionState: link.connectionState,
          framesDecoded: totals?.framesDecoded ?? 0,
          frameWidth: totals?.frameWidth ?? 0,
          videoWidth: this.remoteVideos.get(link.peerId)?.videoWidth ?? 0,
        }
      }),
    )
  }

  private linkChanged(link: PeerLink): void {
    if (this.links.get(link.peerId) !== link) return
    const state = link.connectionState
    if (state === 'connected') this.options.timeline.mark(`connected:${link.peerId}`)
    if (!this.options.present(link.peerId) && (state === 'failed' || state === 'disconnected')) this.close(link.peerId)
    this.call.changed()
  }

  private watchFirstFrame(peerId: string): void {
    this.frameWatches.get(peerId)?.()
    const video = this.remoteVideos.get(peerId)
    if (!video || this.firstFrames.has(peerId)) return
    this.frameWatches.set(
      peerId,
      watchFirstFrame(video, (frame) => {
        if (this.firstFrames.has(peerId)) return
        this.firstFrames.set(peerId, frame)
        this.call.changed()
      }),
    )
  }
}
