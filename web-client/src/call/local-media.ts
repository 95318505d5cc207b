import type { CallLogger, MediaPlatform } from './ports'

export type Facing = 'user' | 'environment'

/**
 * 540p to start, 720p at most: enough to see a document held up to the camera (sharp stills come
 * from the camera itself), light enough for a tablet's 4G uplink and for a mesh of six.
 */
const FULL_HEIGHT = 720

export function cameraConstraints(facing: Facing, maxHeight = FULL_HEIGHT): MediaTrackConstraints {
  if (maxHeight >= FULL_HEIGHT) return { width: { ideal: 960, max: 1280 }, height: { ideal: 540, max: 720 }, facingMode: facing }
  const width = Math.round((maxHeight * 16) / 9)
  return { width: { ideal: width, max: width }, height: { ideal: maxHeight, max: maxHeight }, facingMode: facing }
}

/**
 * The most the camera sends in a call of this many people, this page included. On the p2p engine
 * every page sends its video to each of the others (a mesh), so a tablet's 4G uplink carries one
 * stream per other participant: 720p to one, 480p to two or three, 360p to four or five.
 */
export function heightFor(participants: number): number {
  if (participants <= 2) return FULL_HEIGHT
  return participants <= 4 ? 480 : 360
}

/**
 * The most each link sends, in bits per second, in a call of this many people: with one stream per
 * other participant, a tablet's uplink carries at most about 1.8 Mbit/s in all (1.5 to one other,
 * 3 × 600 k at four, 5 × 350 k at six), which a fair 4G link keeps up.
 */
export function bitrateFor(participants: number): number {
  if (participants <= 2) return 1_500_000
  return participants <= 4 ? 600_000 : 350_000
}

/** `unsupported`: no camera API at all, e.g. a LAN page over plain HTTP. */
export type MediaFailure = 'denied' | 'no-device' | 'in-use' | 'unsupported' | 'failed'
export const MEDIA_FAILURES: readonly MediaFailure[] = ['denied', 'no-device', 'in-use', 'unsupported', 'failed']

function failureOf(error: unknown): MediaFailure {
  const name = (error as { name?: string } | null)?.name
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied'
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no-device'
  if (name === 'NotReadableError' || name === 'AbortError') return 'in-use'
  if (name === 'NotSupportedError' || name === 'TypeError') return 'unsupported'
  return 'failed'
}

/**
 * The camera and microphone of this browser. Muting disables the track rather than stopping it,
 * so unmuting is instant and a still can still be taken with the camera "off" for the others.
 */
export class LocalMedia {
  stream: MediaStream | null = null
  facing: Facing = 'user'
  failure: MediaFailure | null = null
  private audioOn = true
  private videoOn = true
  private maxHeight = FULL_HEIGHT
  private fitting: Promise<void> = Promise.resolve()

  constructor(
    private readonly platform: MediaPlatform,
    private readonly log: CallLogger,
  ) {}

  get audioTrack(): MediaStreamTrack | null {
    return this.stream?.getAudioTracks()[0] ?? null
  }

  get videoTrack(): MediaStreamTrack | null {
    return this.stream?.getVideoTracks()[0] ?? null
  }

  /** The person's choice, shown on the buttons even before (or without) a device. */
  get audioWanted(): boolean {
    return this.audioOn
  }

  get videoWanted(): boolean {
    return this.videoOn
  }

  get audioEnabled(): boolean {
    return this.audioOn && !!this.audioTrack
  }

  get videoEnabled(): boolean {
    return this.videoOn && !!this.videoTrack
  }

  /** Camera and microphone; falls back to the microphone alone, then to nothing (receive only). */
  async open(): Promise<MediaStream | null> {
    const attempts: MediaStreamConstraints[] = [
      { video: cameraConstraints(this.facing, this.maxHeight), audio: true },
      { audio: true },
      { video: cameraConstraints(this.facing, this.maxHeight) },
    ]
    let first: unknown
    for (const constraints of attempts) {
      try {
        this.stream = await this.platform.getUserMedia(constraints)
        this.failure = this.stream.getVideoTracks().length && this.stream.getAudioTracks().length ? null : failureOf(first)
        return this.stream
      } catch (error) {
        first ??= error
        // A refusal covers every device: asking again with less would only prompt again.
        if (failureOf(error) === 'denied') break
      }
    }
    this.failure = failureOf(first)
    this.log.warn('[call] no camera or microphone', first)
    return null
  }

  setAudioEnabled(on: boolean): void {
    this.audioOn = on
    for (const track of this.stream?.getAudioTracks() ?? []) track.enabled = on
  }

  setVideoEnabled(on: boolean): void {
    this.videoOn = on
    for (const track of this.stream?.getVideoTracks() ?? []) track.enabled = on
  }

  async cameraCount(): Promise<number> {
    try {
      return (await this.platform.enumerateDevices()).filter((device) => device.kind === 'videoinput').length
    } catch {
      return 0
    }
  }

  /**
   * Front ↔ rear. The old camera is stopped first: many tablets cannot open both at once. If the
   * other one will not open, the previous one is opened again. Returns the new track for the links.
   */
  async switchCamera(): Promise<MediaStreamTrack | null> {
    const stream = this.stream
    const old = this.videoTrack
    if (!stream || !old) return null
    const previous = this.facing
    const next: Facing = previous === 'user' ? 'environment' : 'user'
    old.stop()
    stream.removeTrack(old)
    let track: MediaStreamTrack | undefined
    try {
      track = (await this.platform.getUserMedia({ video: cameraConstraints(next, this.maxHeight) })).getVideoTracks()[0]
      this.facing = next
    } catch (error) {
      this.log.warn('[call] the other camera would not open', error)
      track = (await this.platform.getUserMedia({ video: cameraConstraints(previous, this.maxHeight) })).getVideoTracks()[0]
    }
    if (!track) return null
    track.enabled = this.videoOn
    stream.addTrack(track)
    return track
  }

  /**
   * Sizes the camera for a call of this many people (see heightFor), on the camera itself so every
   * link sends less and the tablet encodes less; nothing happens while the size stays the same.
   */
  fitTo(participants: number): Promise<void> {
    const height = heightFor(participants)
    if (height === this.maxHeight) return this.fitting
    this.maxHeight = height
    this.fitting = this.fitting.then(async () => {
      const track = this.videoTrack
      if (!track || this.maxHeight !== height) return
      try {
        await track.applyConstraints(cameraConstraints(this.facing, height))
        this.log.info(`[call] camera at most ${height}p for ${participants} participants`)
      } catch (error) {
        this.log.warn('[call] the camera could not be resized', error)
      }
    })
    return this.fitting
  }

  stop(): void {
    for (const track of this.stream?.getTracks() ?? []) track.stop()
    this.stream = null
  }
}
