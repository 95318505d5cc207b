import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { memoryJobStore } from './job-store'
import { UploadQueue } from './upload-queue'
import { UploadFailure, type Network, type UploadCallbacks, type Uploader, type UploadJob } from './upload-types'

/** Each upload waits until the test settles it, so order and overlap can be watched. */
class FakeUploader implements Uploader {
  readonly calls: { job: UploadJob; callbacks: UploadCallbacks; resolve: (pageId: number) => void; reject: (e: unknown) => void }[] = []
  readonly terminated: string[] = []
  aborted = 0

  upload(job: UploadJob, callbacks: UploadCallbacks) {
    let resolve!: (pageId: number) => void
    let reject!: (e: unknown) => void
    const done = new Promise<{ pageId: number | null }>((ok, fail) => {
      resolve = (pageId) => ok({ pageId })
      reject = fail
    })
    this.calls.push({ job: { ...job }, callbacks, resolve, reject })
    return { done, abort: () => void (this.aborted += 1) }
  }

  async terminate(url: string) {
    this.terminated.push(url)
  }

  last() {
    const call = this.calls[this.calls.length - 1]
    if (!call) throw new Error('no upload started')
    return call
  }
}

class FakeNetwork implements Network {
  up = true
  private listeners = new Set<() => void>()
  online = () => this.up
  onOnline(listener: () => void) {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
  goOnline() {
    this.up = true
    for (const listener of this.listeners) listener()
  }
}

const settle = () => vi.advanceTimersByTimeAsync(0)

describe('UploadQueue', () => {
  let uploader: FakeUploader
  let network: FakeNetwork
  let store: ReturnType<typeof memoryJobStore>
  let ids = 0

  beforeEach(() => {
    vi.useFakeTimers()
    uploader = new FakeUploader()
    network = new FakeNetwork()
    store = memoryJobStore()
    ids = 0
  })
  afterEach(() => vi.useRealTimers())

  function queue() {
    const made = new UploadQueue({ uploader, store, network, newId: () => `job-${++ids}` })
    void made.start()
    return made
  }

  const photo = (name: string, slotCode = 'ID_CARD') => ({
    caseId: 7,
    slotCode,
    file: new Blob([name.repeat(10)], { type: 'image/jpeg' }),
    fileName: name,
    fileType: 'image/jpeg',
  })

  it('sends one file at a time, in the order they were taken', async () => {
    const q = queue()
    await q.add(photo('front.jpg'))
    await q.add(photo('back.jpg'))
    await q.add(photo('register.jpg', 'HOUSEHOLD_REGISTER'))
    await settle()
    expect(uploader.calls.map((call) => call.job.fileName)).toEqual(['front.jpg'])
    expect(q.snapshot().map((item) => item.state)).toEqual(['uploading', 'queued', 'queued'])

    uploader.last().resolve(11)
    await settle()
    uploader.last().resolve(12)
    await settle()
    uploader.last().resolve(13)
    await settle()
    expect(uploader.calls.map((call) => call.job.fileName)).toEqual(['front.jpg', 'back.jpg', 'register.jpg'])
    expect(q.snapshot()).toEqual([])
    expect(store.jobs.size).toBe(0)
  })

  it('tells who listens which page arrived', async () => {
    const q = queue()
    const uploaded = vi.fn()
    q.onUploaded(uploaded)
    await q.add(photo('front.jpg'))
    await settle()
    uploader.last().resolve(42)
    await settle()
    expect(uploaded).toHaveBeenCalledWith({ caseId: 7, slotCode: 'ID_CARD', pageId: 42 })
  })

  it('reports progress with speed and time left', async () => {
    const q = queue()
    await q.add(photo('front.jpg'))
    await settle()
    uploader.last().callbacks.onProgress(0, 3_000_000)
    vi.advanceTimersByTime(2000)
    uploader.last().callbacks.onProgress(1_000_000, 3_000_000)
    expect(q.snapshot()[0]).toMatchObject({ state: 'uploading', sent: 1_000_000, speed: 500_000, secondsLeft: 4 })
  })

  it('waits after a dropped link and tries the same file again with backoff', async () => {
    const q = queue()
    await q.add(photo('front.jpg'))
    await q.add(photo('back.jpg'))
    await settle()
    uploader.last().reject(new UploadFailure('transient'))
    await settle()
    expect(q.snapshot().map((item) => item.state)).toEqual(['waiting', 'queued'])
    await vi.advanceTimersByTimeAsync(1999)
    expect(uploader.calls).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(uploader.calls.map((call) => call.job.fileName)).toEqual(['front.jpg', 'front.jpg'])

    uploader.last().reject(new Error('anything else counts as the link too'))
    await settle()
    await vi.advanceTimersByTimeAsync(4999)
    expect(uploader.calls).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(1)
    expect(uploader.calls).toHaveLength(3)
    uploader.last().resolve(1)
    await settle()
    expect(uploader.calls.map((call) => call.job.fileName)).toEqual(['front.jpg', 'front.jpg', 'front.jpg', 'back.jpg'])
  })

  it('keeps a refused file listed with the reason, drops it from the store and goes on', async () => {
    const q = queue()
    await q.add(photo('virus.pdf'))
    await q.add(photo('back.jpg'))
    await settle()
    const problem = { status: 422, code: 'material.pdf-active-content', title: 'PDF 含有脚本' }
    uploader.last().reject(new UploadFailure('refused', problem))
    await settle()
    expect(uploader.last().job.fileName).toBe('back.jpg')
    expect(q.snapshot().find((item) => item.fileName === 'virus.pdf')).toMatchObject({ state: 'failed', problem })
    expect([...store.jobs.values()].map((job) => job.fileName)).toEqual(['back.jpg'])

    await q.dismiss('job-1')
    expect(q.snapshot().map((item) => item.fileName)).toEqual(['back.jpg'])
  })

  it('keeps files taken offline in the store and sends them when the network returns', async () => {
    network.up = false
    const q = queue()
    await q.add(photo('front.jpg'))
    await q.add(photo('back.jpg'))
    await settle()
    expect(uploader.calls).toHaveLength(0)
    expect(q.snapshot().map((item) => item.state)).toEqual(['waiting', 'waiting'])
    expect(store.jobs.size).toBe(2)

    network.goOnline()
    await settle()
    expect(uploader.last().job.fileName).toBe('front.jpg')
  })

  it('picks stored files up after a page reload and resumes at the known upload', async () => {
    network.up = false
    const before = queue()
    await before.add(photo('front.jpg'))
    await before.add(photo('back.jpg'))
    network.up = true
    before.retryNow()
    await settle()
    uploader.last().callbacks.onUploadUrl('/api/cases/7/materials/uploads/u1')
    await settle()
    before.dispose()

    // The reload: a new queue over the same store.
    const fresh = new FakeUploader()
    uploader = fresh
    const after = queue()
    await settle()
    expect(after.snapshot().map((item) => item.fileName)).toEqual(['front.jpg', 'back.jpg'])
    expect(fresh.last().job).toMatchObject({ fileName: 'front.jpg', uploadUrl: '/api/cases/7/materials/uploads/u1' })
    fresh.last().resolve(5)
    await settle()
    expect(fresh.last().job).toMatchObject({ fileName: 'back.jpg', uploadUrl: null })
  })

  it('lets the worker drop a waiting file, ending its partial upload on the server', async () => {
    const q = queue()
    await q.add(photo('blurred.jpg'))
    await q.add(photo('sharp.jpg'))
    await settle()
    uploader.last().callbacks.onUploadUrl('/u/1')
    await q.dismiss('job-1')
    await settle()
    expect(uploader.aborted).toBe(1)
    expect(uploader.terminated).toEqual(['/u/1'])
    expect(uploader.last().job.fileName).toBe('sharp.jpg')
    expect(store.jobs.has('job-1')).toBe(false)
  })

  it('still queues when the store fails (no IndexedDB in private mode)', async () => {
    const q = new UploadQueue({
      uploader,
      network,
      store: { all: () => Promise.reject(new Error('no idb')), put: () => Promise.reject(new Error('no idb')), remove: async () => {} },
    })
    await q.add(photo('front.jpg'))
    await settle()
    expect(uploader.calls).toHaveLength(1)
  })
})
