import { fitContain, tileRects } from './composer'
import type { CallLogger, Timers } from './ports'

export interface RecordingSource {
  id: string
  label: string
  video: HTMLVideoElement | null
  stream: MediaStream | null
}

export interface RecorderDeps {
  createCanvas(): HTMLCanvasElement
  createAudioContext(): AudioContext
  createRecorder(stream: MediaStream, options: MediaRecorderOptions): MediaRecorder
  isTypeSupported(type: string): boolean
  createStream(tracks: MediaStreamTrack[]): MediaStream
  timers: Timers
}

export const RECORDING_TYPES = ['video/webm;codecs=vp8,opus', 'video/webm'] as const
const WIDTH = 1280
const HEIGHT = 720
const FPS = 15
const TIMESLICE_MS = 2000

export function pickMimeType(isTypeSupported: (type: string) => boolean): string | undefined {
  return RECORDING_TYPES.find((type) => isTypeSupported(type))
}

// The evidence carries the wall-clock time of the service, in the centre's time zone.
const clock = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
})

/**
 * Records the whole call in the clerk's browser: everyone's video drawn on one canvas (a grid,
 * 15 fps by setInterval, which background tabs throttle far less than requestAnimationFrame) and
 * everyone's audio mixed by Web Audio, through MediaRecorder in 2 s chunks.
 */
export class CallRecorder {
  private canvas: HTMLCanvasElement | null = null
  private audio: AudioContext | null = null
  private mixer: MediaStreamAudioDestinationNode | null = null
  private readonly inputs = new Map<string, MediaStreamAudioSourceNode>()
  private recorder: MediaRecorder | null = null
  private drawTimer: unknown
  private startedAt = 0
  private stopped: Promise<void> | null = null

  constructor(
    private readonly deps: RecorderDeps,
    private readonly sources: () => RecordingSource[],
    private readonly onChunk: (chunk: Blob, elapsedMs: number) => void,
    private readonly log: CallLogger,
  ) {}

  get active(): boolean {
    return this.recorder !== null
  }

  /** Throws when this browser cannot record (no MediaRecorder or no WebM). */
  start(): void {
    if (this.recorder) return
    const mimeType = pickMimeType(this.deps.isTypeSupported)
    if (!mimeType) throw new Error('this browser cannot record WebM')
    try {
      this.open(mimeType)
    } catch (error) {
      this.release()
      throw error
    }
  }

  private open(mimeType: string): void {
    const canvas = this.deps.createCanvas()
    canvas.width = WIDTH
    canvas.height = HEIGHT
    this.canvas = canvas
    this.draw()
    this.audio = this.deps.createAudioContext()
    // The click that started the recording lets the context run.
    void this.audio.resume().catch(() => undefined)
    this.mixer = this.audio.createMediaStreamDestination()
    this.syncAudio()
    const video = canvas.captureStream(FPS).getVideoTracks()
    const mixed = this.deps.createStream([...video, ...this.mixer.stream.getAudioTracks()])
    const recorder = this.deps.createRecorder(mixed, { mimeType, videoBitsPerSecond: 1_200_000, audioBitsPerSecond: 64_000 })
    recorder.ondataavailable = (event) => {
      if (event.data.size > 0) this.onChunk(event.data, this.deps.timers.now() - this.startedAt)
    }
    this.stopped = new Promise((resolve) => {
      recorder.onstop = () => resolve()
    })
    this.drawTimer = this.deps.timers.setInterval(() => {
      this.draw()
      this.syncAudio()
    }, Math.round(1000 / FPS))
    recorder.start(TIMESLICE_MS)
    this.startedAt = this.deps.timers.now()
    this.recorder = recorder
  }

  /** Ends the recording once the last chunk has been handed over; resolves with its duration. */
  async stop(): Promise<number> {
    const recorder = this.recorder
    if (!recorder) return 0
    const duration = this.deps.timers.now() - this.startedAt
    if (recorder.state !== 'inactive') recorder.stop()
    await this.stopped
    this.release()
    return duration
  }

  /** Drops everything at once (the page is going away); no final chunk. */
  release(): void {
    this.deps.timers.clearInterval(this.drawTimer)
    this.drawTimer = undefined
    if (this.recorder && this.recorder.state !== 'inactive') {
      this.recorder.ondataavailable = null
      this.recorder.stop()
    }
    this.recorder?.stream.getTracks().forEach((track) => track.stop())
    this.recorder = null
    this.inputs.forEach((input) => input.disconnect())
    this.inputs.clear()
    void this.audio?.close().catch(() => undefined)
    this.audio = null
    this.mixer = null
    this.canvas = null
  }

  private draw(): void {
    const canvas = this.canvas
    const context = canvas?.getContext('2d')
    if (!canvas || !context) return
    context.fillStyle = '#000'
    context.fillRect(0, 0, canvas.width, canvas.height)
    const sources = this.sources()
    const rects = tileRects(sources.length, canvas.width, canvas.height)
    sources.forEach((source, index) => {
      const box = rects[index]
      if (!box) return
      const video = source.video
      if (video && video.videoWidth && video.readyState >= 2) {
        const fit = fitContain(video.videoWidth, video.videoHeight, box)
        context.drawImage(video, fit.x, fit.y, fit.w, fit.h)
      } else {
        context.fillStyle = '#222'
        context.fillRect(box.x + 2, box.y + 2, box.w - 4, box.h - 4)
      }
      context.font = '24px sans-serif'
      const width = context.measureText(source.label).width
      context.fillStyle = 'rgba(0, 0, 0, 0.55)'
      context.fillRect(box.x + 8, box.y + box.h - 44, width + 20, 36)
      context.fillStyle = '#fff'
      context.fillText(source.label, box.x + 18, box.y + box.h - 17)
    })
    const stamp = clock.format(new Date())
    context.font = '22px monospace'
    const width = context.measureText(stamp).width
    context.fillStyle = 'rgba(0, 0, 0, 0.55)'
    context.fillRect(canvas.width - width - 28, 8, width + 20, 34)
    context.fillStyle = '#fff'
    context.fillText(stamp, canvas.width - width - 18, 33)
  }

  /** Mixes in audio tracks that appeared (someone joined) and lets go of those that ended. */
  private syncAudio(): void {
    const audio = this.audio
    const mixer = this.mixer
    if (!audio || !mixer) return
    const live = new Map<string, MediaStreamTrack>()
    for (const source of this.sources()) {
      for (const track of source.stream?.getAudioTracks() ?? []) if (track.readyState === 'live') live.set(track.id, track)
    }
    for (const [id, input] of this.inputs) {
      if (live.has(id)) continue
      input.disconnect()
      this.inputs.delete(id)
    }
    for (const [id, track] of live) {
      if (this.inputs.has(id)) continue
      try {
        const input = audio.createMediaStreamSource(this.deps.createStream([track]))
        input.connect(mixer)
        this.inputs.set(id, input)
      } catch (error) {
        this.log.warn('[call] an audio track could not be mixed', error)
      }
    }
  }
}
