import type { RecordingView } from '@/api/call-types'
import { ChunkUploader } from './chunk-uploader'
import type { CallApi, CallLogger, Timers } from './ports'
import { CallRecorder, type RecorderDeps, type RecordingSource } from './recorder'

export interface RecordingSessionOptions {
  callId: string
  api: CallApi
  deps: RecorderDeps
  sources: () => RecordingSource[]
  timers: Timers
  log: CallLogger
  /** A chunk was refused for good: the recording on the server ends at the previous one. */
  onUploadFailed: (error: unknown) => void
}

/**
 * One recording, from the clerk's browser: tells the server it starts, records, uploads the chunks
 * as they come, and on stop waits for the last chunk to be stored before telling the server the
 * measured duration.
 */
export class RecordingSession {
  private recorder: CallRecorder | null = null
  private uploader: ChunkUploader | null = null
  private view: RecordingView | null = null
  /** True between stop() and the server's answer: the last chunks are still going up. */
  saving = false

  constructor(private readonly options: RecordingSessionOptions) {}

  get active(): boolean {
    return this.recorder !== null
  }

  async start(): Promise<void> {
    if (this.recorder || this.saving) return
    const { api, callId, timers, log } = this.options
    const view = await api.startRecording(callId)
    const uploader = new ChunkUploader({ upload: (seq, chunk, elapsed) => api.uploadChunk(callId, view.id, seq, chunk, elapsed), timers, log })
    uploader.events.on('failed', this.options.onUploadFailed)
    const recorder = new CallRecorder(this.options.deps, this.options.sources, (chunk, elapsed) => uploader.enqueue(chunk, elapsed), log)
    try {
      recorder.start()
    } catch (error) {
      // The server already announced the recording: end it at once rather than leave it open.
      await api.stopRecording(callId, view.id, 0).catch(() => undefined)
      throw error
    }
    this.view = view
    this.uploader = uploader
    this.recorder = recorder
  }

  async stop(): Promise<RecordingView | null> {
    const { recorder, uploader, view } = this
    if (!recorder || !uploader || !view) return null
    this.saving = true
    this.recorder = null
    try {
      const duration = await recorder.stop()
      // A refused chunk was reported through onUploadFailed; what was stored is still closed.
      await uploader.drain().catch(() => undefined)
      this.uploader = null
      return await this.options.api.stopRecording(this.options.callId, view.id, duration)
    } finally {
      this.saving = false
      this.view = null
    }
  }

  /** The page is going away: nothing more can be uploaded. */
  abandon(): void {
    this.recorder?.release()
    this.recorder = null
    this.uploader?.dispose()
    this.uploader = null
  }
}
