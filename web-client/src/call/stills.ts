import type { CallLogger, Timers } from './ports'
import { withTimeout } from './with-timeout'

export const STILL_TYPE = 'image/jpeg'
export const STILL_QUALITY = 0.92
/** Photo mode may focus and meter first; past this a video frame is taken, before the clerk's own fallback. */
const PHOTO_TIMEOUT_MS = 4000

export interface FrameDeps {
  createCanvas(): HTMLCanvasElement
  createVideo(): HTMLVideoElement
  createStream(tracks: MediaStreamTrack[]): MediaStream
  /** `window.ImageCapture` where the browser has it. */
  imageCapture?: (track: MediaStreamTrack) => { takePhoto(): Promise<Blob> }
  timers: Timers
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the frame could not be encoded'))), STILL_TYPE, STILL_QUALITY),
  )
}

/** The frame a video element shows now, at the stream's own size rather than the element's. */
export function grabFrame(video: HTMLVideoElement, createCanvas: () => HTMLCanvasElement): Promise<Blob> {
  const { videoWidth: width, videoHeight: height } = video
  if (!width || !height) return Promise.reject(new Error('no video frame yet'))
  const canvas = createCanvas()
  canvas.width = width
  canvas.height = height
  const context = canvas.getContext('2d')
  if (!context) return Promise.reject(new Error('no 2d canvas'))
  context.drawImage(video, 0, 0, width, height)
  return canvasBlob(canvas)
}

/** Plays the track in a detached element until it has a frame, then grabs that frame. */
async function frameOfTrack(track: MediaStreamTrack, deps: FrameDeps): Promise<Blob> {
  const video = deps.createVideo()
  video.muted = true
  video.playsInline = true
  video.srcObject = deps.createStream([track])
  try {
    await video.play().catch(() => undefined)
    const started = deps.timers.now()
    while (!video.videoWidth && deps.timers.now() - started < 3000) {
      await new Promise((resolve) => deps.timers.setTimeout(() => resolve(undefined), 50))
    }
    return await grabFrame(video, deps.createCanvas)
  } finally {
    video.srcObject = null
  }
}

/**
 * A still of a document from this device's own camera at its full resolution: the camera's photo
 * mode where the browser offers ImageCapture, else a frame of the live track at its native size.
 */
export async function captureStill(track: MediaStreamTrack, deps: FrameDeps, log: CallLogger): Promise<Blob> {
  if (deps.imageCapture) {
    try {
      const photo = await withTimeout(deps.imageCapture(track).takePhoto(), PHOTO_TIMEOUT_MS, deps.timers)
      if (photo.size > 0) return photo
    } catch (error) {
      // Fake and some USB cameras have no photo mode.
      log.info('[call] takePhoto unavailable, using a video frame', error)
    }
  }
  return frameOfTrack(track, deps)
}

export interface StillRequesterOptions {
  /** Asks the tablet for a still (POST still-requests). */
  request(): Promise<void>
  /** Grabs the remote video here and uploads it, when the tablet did not answer in time. */
  fallback(): Promise<void>
  timers: Timers
  log: CallLogger
  waitMs?: number
}

/**
 * The clerk's side of a still: ask the tablet, and if no `still` notice comes within 6 s (an old
 * tablet, a camera that refuses), take the frame from the remote video instead. A notice that
 * overtakes the request's own response still counts.
 */
export class StillRequester {
  private waiting = false
  private timer: unknown

  constructor(private readonly options: StillRequesterOptions) {}

  get pending(): boolean {
    return this.waiting
  }

  async request(): Promise<void> {
    if (this.waiting) return
    this.waiting = true
    try {
      await this.options.request()
    } catch (error) {
      this.waiting = false
      throw error
    }
    if (!this.waiting) return
    this.timer = this.options.timers.setTimeout(() => {
      this.timer = undefined
      if (!this.waiting) return
      this.waiting = false
      this.options.log.info('[call] no still from the tablet in time; grabbing the remote video')
      this.options.fallback().catch((error) => this.options.log.warn('[call] the fallback still failed', error))
    }, this.options.waitMs ?? 6000)
  }

  /** A `still` notice arrived. */
  stillArrived(): void {
    this.waiting = false
    this.options.timers.clearTimeout(this.timer)
    this.timer = undefined
  }

  dispose(): void {
    this.stillArrived()
  }
}
