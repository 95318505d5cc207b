import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { failedResponse } from '@/test/dom'
import { AxiosError } from 'axios'
import { ChunkUploader, chunkBackoff, classifyChunkError } from './chunk-uploader'
import { browserTimers } from './ports'

const silent = { info: () => {}, warn: () => {} }
const blob = (text: string) => new Blob([text], { type: 'video/webm' })
const networkError = () => new AxiosError('Network Error', 'ERR_NETWORK')

describe('ChunkUploader', () => {
  let calls: { seq: number; elapsed: number; text: Blob }[]
  let answers: ((seq: number) => Promise<{ nextSeq: number; sizeBytes: number }>)[]

  function uploader() {
    return new ChunkUploader({
      upload: async (seq, chunk, elapsed) => {
        calls.push({ seq, elapsed, text: chunk })
        const answer = answers.shift()
        return answer ? answer(seq) : { nextSeq: seq + 1, sizeBytes: 100 * (seq + 1) }
      },
      timers: browserTimers,
      log: silent,
    })
  }

  beforeEach(() => {
    vi.useFakeTimers()
    calls = []
    answers = []
  })

  afterEach(() => vi.useRealTimers())

  it('uploads one chunk at a time, in order, from seq 0', async () => {
    let release: () => void = () => {}
    answers.push((seq) => new Promise((resolve) => (release = () => resolve({ nextSeq: seq + 1, sizeBytes: 1 }))))
    const up = uploader()
    up.enqueue(blob('a'), 2000)
    up.enqueue(blob('b'), 4000)
    up.enqueue(blob('c'), 6000)
    await vi.advanceTimersByTimeAsync(0)
    expect(calls.map((c) => c.seq)).toEqual([0])
    release()
    await up.drain()
    expect(calls.map((c) => [c.seq, c.elapsed])).toEqual([
      [0, 2000],
      [1, 4000],
      [2, 6000],
    ])
    expect(up.pending).toBe(0)
  })

  it('retries the same chunk with growing delays on network errors, never skipping it', async () => {
    answers.push(
      () => Promise.reject(networkError()),
      () => Promise.reject(failedResponse(503, {})),
    )
    const up = uploader()
    up.enqueue(blob('a'), 2000)
    up.enqueue(blob('b'), 4000)
    await vi.advanceTimersByTimeAsync(0)
    expect(calls.map((c) => c.seq)).toEqual([0])
    await vi.advanceTimersByTimeAsync(999)
    expect(calls.map((c) => c.seq)).toEqual([0])
    await vi.advanceTimersByTimeAsync(1)
    expect(calls.map((c) => c.seq)).toEqual([0, 0])
    // A chunk queued during the backoff waits for it.
    up.enqueue(blob('c'), 6000)
    await vi.advanceTimersByTimeAsync(1999)
    expect(calls.map((c) => c.seq)).toEqual([0, 0])
    await vi.advanceTimersByTimeAsync(1)
    await up.drain()
    expect(calls.map((c) => c.seq)).toEqual([0, 0, 0, 1, 2])
  })

  it('skips what the server already holds when it answers a gap with a later expected seq', async () => {
    // The response to chunk 0 was lost after the server stored it, and chunk 1 too.
    answers.push(() => Promise.reject(failedResponse(409, { code: 'recording.gap', expected: 2 })))
    const up = uploader()
    up.enqueue(blob('a'), 2000)
    up.enqueue(blob('b'), 4000)
    up.enqueue(blob('c'), 6000)
    await up.drain()
    expect(calls.map((c) => c.seq)).toEqual([0, 2])
  })

  it('gives up, reporting it, when the server refuses a chunk for good', async () => {
    answers.push(() => Promise.reject(failedResponse(403, { code: 'forbidden' })))
    const up = uploader()
    const failed = vi.fn()
    up.events.on('failed', failed)
    up.enqueue(blob('a'), 2000)
    up.enqueue(blob('b'), 4000)
    await expect(up.drain()).rejects.toBeInstanceOf(AxiosError)
    expect(failed).toHaveBeenCalledOnce()
    up.enqueue(blob('c'), 6000)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(calls.map((c) => c.seq)).toEqual([0])
  })

  it('drains at once when nothing is queued', async () => {
    await expect(uploader().drain()).resolves.toBeUndefined()
  })
})

describe('chunk failures', () => {
  it('tells retries, gaps and refusals apart', () => {
    expect(classifyChunkError(networkError())).toEqual({ kind: 'retry' })
    expect(classifyChunkError(failedResponse(502, {}))).toEqual({ kind: 'retry' })
    expect(classifyChunkError(failedResponse(409, { expected: 4 }))).toEqual({ kind: 'gap', expected: 4 })
    expect(classifyChunkError(failedResponse(409, { code: 'recording.stopped' }))).toEqual({ kind: 'fatal' })
    expect(classifyChunkError(failedResponse(404, {}))).toEqual({ kind: 'fatal' })
  })

  it('backs off up to 30 s', () => {
    expect([1, 2, 3, 6, 20].map(chunkBackoff)).toEqual([1000, 2000, 4000, 30_000, 30_000])
  })
})
