import { randomId } from '@/call/random-id'
import { queueRetryDelay } from './retry-delay'
import { RateMeter } from './upload-rate'
import {
  UploadFailure,
  type Clock,
  type JobStore,
  type Network,
  type Uploader,
  type UploadItem,
  type UploadJob,
  type UploadRun,
} from './upload-types'

export interface UploadQueueDeps {
  uploader: Uploader
  store: JobStore
  network: Network
  clock?: Clock
  newId?: () => string
}

export interface NewUpload {
  caseId: number
  slotCode: string
  file: Blob
  fileName: string
  fileType: string
}

export interface Uploaded {
  caseId: number
  slotCode: string
  pageId: number | null
}

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
}

/**
 * The tablet's outgoing materials, one file at a time in the order they were taken, so the pages
 * of a slot arrive in order. Every file is stored before it is sent and forgotten only once the
 * server has all of it: a dropped link, the tablet going offline or a page reload lose nothing.
 * After a transient failure the whole queue waits (the next file would meet the same link) and
 * tries again with backoff, or at once when the browser says the network is back.
 */
export class UploadQueue {
  private readonly jobs: UploadJob[] = []
  private readonly items = new Map<string, UploadItem>()
  private readonly listeners = new Set<(items: readonly UploadItem[]) => void>()
  private readonly uploadedListeners = new Set<(uploaded: Uploaded) => void>()
  private readonly clock: Clock
  private readonly newId: () => string
  private readonly meter = new RateMeter()
  private running: { id: string; run: UploadRun } | null = null
  private retryTimer: unknown = null
  /** Transient failures in a row, for the backoff. */
  private failures = 0
  private ready: Promise<void> | null = null
  private offOnline: (() => void) | null = null

  constructor(private readonly deps: UploadQueueDeps) {
    this.clock = deps.clock ?? realClock
    this.newId = deps.newId ?? (() => randomId())
  }

  /** Picks up what an earlier page left in the store; idempotent. */
  start(): Promise<void> {
    this.ready ??= this.restore()
    return this.ready
  }

  private async restore(): Promise<void> {
    this.offOnline = this.deps.network.onOnline(() => this.retryNow())
    let stored: UploadJob[] = []
    try {
      stored = await this.deps.store.all()
    } catch {
      // No IndexedDB (private mode): the queue still works for this page's life.
    }
    for (const job of stored.sort((a, b) => a.createdAt - b.createdAt)) {
      if (this.items.has(job.id)) continue
      this.jobs.push(job)
      this.items.set(job.id, this.itemOf(job))
    }
    this.emit()
    this.pump()
  }

  /** Stores the file, then queues it; resolves once it is safe from a reload. */
  async add(upload: NewUpload): Promise<UploadItem> {
    await this.start()
    const job: UploadJob = { id: this.newId(), createdAt: this.clock.now(), size: upload.file.size, uploadUrl: null, ...upload }
    try {
      await this.deps.store.put(job)
    } catch {
      // Kept in memory only; still better than refusing the photo.
    }
    this.jobs.push(job)
    const item = this.itemOf(job)
    this.items.set(job.id, item)
    this.emit()
    this.pump()
    return this.items.get(job.id) ?? item
  }

  snapshot(): readonly UploadItem[] {
    return this.jobs.map((job) => this.items.get(job.id)).filter((item): item is UploadItem => !!item)
      .concat([...this.items.values()].filter((item) => item.state === 'failed' && !this.jobs.some((job) => job.id === item.id)))
  }

  subscribe(listener: (items: readonly UploadItem[]) => void): () => void {
    this.listeners.add(listener)
    listener(this.snapshot())
    return () => this.listeners.delete(listener)
  }

  onUploaded(listener: (uploaded: Uploaded) => void): () => void {
    this.uploadedListeners.add(listener)
    return () => this.uploadedListeners.delete(listener)
  }

  /** The network is back, or the worker pressed retry: no more waiting for the backoff. */
  retryNow(): void {
    this.clearRetry()
    this.failures = 0
    this.pump()
  }

  /** Drops a file: a refused one from the list, a waiting one from the queue and the store. */
  async dismiss(id: string): Promise<void> {
    const job = this.jobs.find((candidate) => candidate.id === id)
    this.items.delete(id)
    if (job) this.jobs.splice(this.jobs.indexOf(job), 1)
    if (this.running?.id === id) {
      this.running.run.abort()
      this.running = null
    }
    this.emit()
    if (job) {
      await this.deps.store.remove(id).catch(() => undefined)
      if (job.uploadUrl) await this.deps.uploader.terminate?.(job.uploadUrl).catch(() => undefined)
    }
    this.pump()
  }

  dispose(): void {
    this.clearRetry()
    this.offOnline?.()
    this.running?.run.abort()
    this.running = null
  }

  private pump(): void {
    if (this.running || this.retryTimer !== null) return
    const next = this.jobs[0]
    if (!next) return
    if (!this.deps.network.online()) {
      // Shown as pending; the `online` event (or the periodic look) sends them.
      for (const job of this.jobs) this.update(job.id, { state: 'waiting' })
      this.scheduleRetry()
      return
    }
    void this.run(next)
  }

  private async run(job: UploadJob): Promise<void> {
    this.meter.reset()
    this.update(job.id, { state: 'uploading', speed: null, secondsLeft: null })
    const run = this.deps.uploader.upload(job, {
      onProgress: (sent, total) => {
        this.meter.record(this.clock.now(), sent)
        this.update(job.id, { sent, speed: this.meter.speed(), secondsLeft: this.meter.secondsLeft(total - sent) })
      },
      onUploadUrl: (url) => {
        job.uploadUrl = url
        void this.deps.store.put(job).catch(() => undefined)
      },
    })
    const current = { id: job.id, run }
    this.running = current
    try {
      const { pageId } = await run.done
      if (this.running !== current) return
      this.failures = 0
      this.forget(job)
      for (const listener of this.uploadedListeners) listener({ caseId: job.caseId, slotCode: job.slotCode, pageId })
    } catch (error) {
      if (this.running !== current) return
      // For support staff reading a tablet's console: why the file waits or was refused.
      console.warn('[materials] upload of', job.fileName, 'failed', error)
      const failure = error instanceof UploadFailure ? error : new UploadFailure('transient')
      if (failure.kind === 'refused') {
        this.forget(job, { ...this.itemOf(job), state: 'failed', problem: failure.problem })
      } else {
        this.failures += 1
        this.update(job.id, { state: 'waiting', problem: failure.problem, speed: null, secondsLeft: null })
        this.scheduleRetry()
      }
    } finally {
      if (this.running === current) this.running = null
      this.pump()
    }
  }

  /** Off the queue and the store; a refused file stays listed so the worker sees why. */
  private forget(job: UploadJob, keep?: UploadItem): void {
    this.jobs.splice(this.jobs.indexOf(job), 1)
    if (keep) this.items.set(job.id, keep)
    else this.items.delete(job.id)
    this.emit()
    void this.deps.store.remove(job.id).catch(() => undefined)
  }

  private scheduleRetry(): void {
    if (this.retryTimer !== null) return
    this.retryTimer = this.clock.setTimeout(() => {
      this.retryTimer = null
      this.pump()
    }, queueRetryDelay(Math.max(this.failures, 1)))
  }

  private clearRetry(): void {
    if (this.retryTimer === null) return
    this.clock.clearTimeout(this.retryTimer)
    this.retryTimer = null
  }

  private itemOf(job: UploadJob): UploadItem {
    return {
      id: job.id,
      caseId: job.caseId,
      slotCode: job.slotCode,
      fileName: job.fileName,
      size: job.size,
      state: this.deps.network.online() ? 'queued' : 'waiting',
      sent: 0,
      speed: null,
      secondsLeft: null,
      problem: null,
    }
  }

  private update(id: string, change: Partial<UploadItem>): void {
    const item = this.items.get(id)
    if (!item) return
    this.items.set(id, { ...item, ...change })
    this.emit()
  }

  private emit(): void {
    const items = this.snapshot()
    for (const listener of this.listeners) listener(items)
  }
}
