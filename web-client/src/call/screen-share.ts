import type { CallContext } from './call-context'
import type { PeerLinks } from './peer-links'
import type { MediaPlatform, Timers } from './ports'
import { withTimeout } from './with-timeout'

/**
 * The screen, a window or a tab, as one video track. The picker can be left open forever (or never
 * shown in some kiosks), so it is given 15 s; a screen chosen after that is closed again.
 */
export async function openScreen(
  getDisplayMedia: (constraints: DisplayMediaStreamOptions) => Promise<MediaStream>,
  timers: Timers,
  timeoutMs = 15_000,
): Promise<MediaStreamTrack> {
  const stream = await withTimeout(getDisplayMedia({ video: true }), timeoutMs, timers, (late) =>
    late.getTracks().forEach((track) => track.stop()),
  )
  const track = stream.getVideoTracks()[0]
  if (!track) throw new Error('the shared screen has no video')
  // Text on a shared form should stay sharp rather than fluid.
  if ('contentHint' in track) track.contentHint = 'detail'
  return track
}

export interface ScreenShareOptions {
  platform: Pick<MediaPlatform, 'getDisplayMedia' | 'createStream'>
  links: Pick<PeerLinks, 'replaceVideo'>
  /** The camera the links go back to when sharing stops. */
  camera(): MediaStreamTrack | null
}

/** Sharing the screen in a call: every link sends the screen instead of the camera, and back. */
export class ScreenShare {
  private screen: MediaStreamTrack | null = null
  private shown: MediaStream | null = null

  constructor(
    private readonly call: CallContext,
    private readonly options: ScreenShareOptions,
  ) {}

  /** The screen while sharing. */
  get track(): MediaStreamTrack | null {
    return this.screen
  }

  /** What the small local picture shows while sharing. */
  get preview(): MediaStream | null {
    return this.shown
  }

  async start(): Promise<void> {
    const { platform } = this.options
    const getDisplayMedia = platform.getDisplayMedia
    if (!getDisplayMedia || this.screen || this.call.ended()) return
    try {
      const track = await openScreen(getDisplayMedia, this.call.timers)
      if (this.call.ended() || this.call.disposed()) {
        track.stop()
        return
      }
      this.screen = track
      this.shown = platform.createStream([track])
      // The browser's own "stop sharing" bar ends the track.
      track.addEventListener('ended', () => void this.stop())
      await this.options.links.replaceVideo(track)
    } catch (error) {
      // Cancelling the picker is a choice, not a failure.
      if ((error as { name?: string } | null)?.name !== 'NotAllowedError') this.call.problem('share-failed', error)
    }
    this.call.changed()
  }

  async stop(): Promise<void> {
    const track = this.screen
    if (!track) return
    this.screen = null
    this.shown = null
    track.stop()
    this.call.changed()
    await this.options.links.replaceVideo(this.options.camera())
  }

  /** The end of the call: the screen is let go without switching back. */
  release(): void {
    this.screen?.stop()
    this.screen = null
    this.shown = null
  }
}
