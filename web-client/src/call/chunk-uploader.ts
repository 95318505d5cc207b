import type { ChunkAck } from '@/api/call-types'
import { Emitter } from '@/realtime/events'
import type { CallLogger, Timers } from './ports'

/** What to do after a failed upload. */
export type ChunkFailure = { kind: 'retry' } | { kind: 'gap'; expected: number } | { kind: 'fatal' }

/** Network errors and server trouble are retried; a 409 naming `expected` is a gap; the rest is final. */
export function classifyChunkError(error: unknown): ChunkFailure {
  const response = (error as { response?: { status?: number; data?: unknown } } | null)?.response
  const status = response?.status
  if (status === undefined || status >= 500 || status === 408 || status === 429) return { kind: 'retry' }
  const expected = (response?.data as { expected?: unknown } | undefined)?.expected
  if (status === 409 && typeof expected === 'number') return { kind: 'gap', expected }
  return { kind: 'fatal' }
}

/** 1 s, 2 s, 4 s … at most 30 s: a tablet's link comes back, the recording must wait for it. */
export function chunkBackoff(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt - 1))
}

export interface ChunkUploaderOptions {
  upload(seq: number, chunk: Blob, elapsedMs: number): Promise<ChunkAck>
  timers: Timers
  log: CallLogger
  backoff?: (attempt: number) => number
  classify?: (error: unknown) => ChunkFailure
}

interface Chunk {
  seq: number
  blob: Blob
  elapsedMs: number
}

export interface ChunkUploaderEvents {
  uploaded: { seq: number; sizeBytes: number }
  /** A chunk the server will never take; the recording is cut at the previous one. */
  failed: unknown
}

/**
 * Uploads a recording's chunks strictly one after another, in order, from seq 0. Nothing is dropped
 * while the page lives: network errors are retried with backoff. Sending a stored seq again is
 * harmless (the server answers 200), so a retry after a lost response is safe.
 */
export class ChunkUploader {
  readonly events = new Emitter<ChunkUploaderEvents>()
  private readonly queue: Chunk[] = []
  private nextSeq = 0
  private running = false
  private attempt = 0
  private timer: unknown
  private failure: unknown
  private stopped = false
  private waiters: { resolve: () => void; reject: (error: unknown) => void }[] = []

  constructor(private readonly options: ChunkUploaderOptions) {}

  get pending(): number {
    return this.queue.length
  }

  enqueue(blob: Blob, elapsedMs: number): void {
    if (this.stopped || this.failure !== undefined) return
    this.queue.push({ seq: this.nextSeq++, blob, elapsedMs })
    void this.pump()
  }

  /** Resolves once everything queued so far is on the server; rejects when a chunk was refused. */
  drain(): Promise<void> {
    if (this.failure !== undefined) return Promise.reject(this.failure)
    if (!this.queue.length && !this.running) return Promise.resolve()
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }))
  }

  /** Stops retrying (the page is going away or the call ended). */
  dispose(): void {
    this.stopped = true
    this.options.timers.clearTimeout(this.timer)
    this.timer = undefined
  }

  private async pump(): Promise<void> {
    // A retry is scheduled: a chunk queued meanwhile waits for it rather than cutting the backoff.
    if (this.running || this.stopped || this.timer !== undefined) return
    this.running = true
    try {
      while (this.queue.length && !this.stopped) {
        const chunk = this.queue[0] as Chunk
        try {
          const ack = await this.options.upload(chunk.seq, chunk.blob, chunk.elapsedMs)
          this.queue.shift()
          this.attempt = 0
          this.events.emit('uploaded', { seq: chunk.seq, sizeBytes: ack.sizeBytes })
        } catch (error) {
          if (!(await this.recover(chunk, error))) return
        }
      }
      this.settle()
    } finally {
      this.running = false
    }
  }

  /** True to go on with the queue; false when a retry was scheduled or the upload is over. */
  private async recover(chunk: Chunk, error: unknown): Promise<boolean> {
    const failure = (this.options.classify ?? classifyChunkError)(error)
    if (failure.kind === 'gap' && failure.expected > chunk.seq) {
      // The server already has these (an earlier response was lost): skip to where it is.
      while (this.queue.length && (this.queue[0] as Chunk).seq < failure.expected) this.queue.shift()
      return true
    }
    if (failure.kind === 'retry') {
      const delay = (this.options.backoff ?? chunkBackoff)(++this.attempt)
      this.options.log.warn(`[call] chunk ${chunk.seq} failed, retry ${this.attempt} in ${delay} ms`, error)
      this.timer = this.options.timers.setTimeout(() => {
        this.timer = undefined
        void this.pump()
      }, delay)
      return false
    }
    // A gap behind us (chunks the server lost after taking them) or a refusal: cannot be repaired.
    this.failure = error
    this.queue.length = 0
    this.options.log.warn(`[call] chunk ${chunk.seq} refused for good`, error)
    this.events.emit('failed', error)
    const waiters = this.waiters
    this.waiters = []
    waiters.forEach((waiter) => waiter.reject(error))
    return false
  }

  private settle(): void {
    if (this.queue.length) return
    const waiters = this.waiters
    this.waiters = []
    waiters.forEach((waiter) => waiter.resolve())
  }
}
