import { describe, expect, it, vi } from 'vitest'
import { fakeRecorderBrowser } from '@/test/recorder'
import { fakeApi, callView, FakeStream, FakeTrack, settle } from '@/test/webrtc'
import type { Timers } from './ports'
import { pickMimeType, type RecorderDeps } from './recorder'
import { RecordingSession } from './recording-session'

const silent = { info: () => {}, warn: () => {} }

class FakeRecorder {
  state: RecordingState = 'inactive'
  timeslice = 0
  ondataavailable: ((event: { data: Blob }) => void) | null = null
  onstop: (() => void) | null = null

  constructor(
    readonly stream: FakeStream,
    readonly options: MediaRecorderOptions,
  ) {}

  start(timeslice: number): void {
    this.state = 'recording'
    this.timeslice = timeslice
  }

  chunk(text: string): void {
    this.ondataavailable?.({ data: new Blob([text], { type: 'video/webm' }) })
  }

  stop(): void {
    this.state = 'inactive'
    // As browsers do: the last data, then stop, a task later.
    setTimeout(() => {
      this.chunk('last')
      this.onstop?.()
    })
  }
}

function setup() {
  let now = 0
  const timers: Timers = {
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as number),
    setInterval: (callback, ms) => setInterval(callback, ms),
    clearInterval: (handle) => clearInterval(handle as number),
    now: () => now,
  }
  const browser = fakeRecorderBrowser()
  const recorders: FakeRecorder[] = []
  const deps: RecorderDeps = {
    createCanvas: browser.createCanvas,
    createAudioContext: browser.createAudioContext,
    createRecorder: (stream, options) => {
      const recorder = new FakeRecorder(stream as FakeStream, options)
      recorders.push(recorder)
      return recorder as unknown as MediaRecorder
    },
    isTypeSupported: (type) => type === 'video/webm',
    createStream: (tracks) => new FakeStream(tracks as never),
    timers,
  }
  const api = fakeApi(callView([]))
  api.startRecording.mockResolvedValue({ id: 'r1' })
  api.uploadChunk.mockImplementation(async (_call, _rec, seq) => ({ nextSeq: seq + 1, sizeBytes: 1 }))
  api.stopRecording.mockResolvedValue({ id: 'r1', state: 'STOPPED' })
  const sources = [
    { id: '1', label: 'clerk', video: null, stream: new FakeStream([new FakeTrack('audio'), new FakeTrack('video')]) },
    { id: '3', label: 'tablet', video: null, stream: new FakeStream([new FakeTrack('audio')]) },
  ]
  const options = { callId: 'c1', api, deps, sources: () => sources, timers, log: silent, onUploadFailed: vi.fn() }
  return { recording: new RecordingSession(options), options, api, recorders, mixed: browser.mixed, advance: (ms: number) => (now += ms) }
}

describe('RecordingSession', () => {
  it('records the mix in 2 s WebM chunks and uploads them in order as they come', async () => {
    vi.useFakeTimers()
    const { recording, api, recorders, mixed, advance } = setup()
    await recording.start()
    const recorder = recorders[0] as FakeRecorder
    expect(api.startRecording).toHaveBeenCalledWith('c1')
    expect(recorder.options.mimeType).toBe('video/webm')
    expect(recorder.timeslice).toBe(2000)
    expect(recorder.stream.getTracks().map((track) => track.kind)).toEqual(['video', 'audio'])
    // Both participants' microphones go into the mix.
    expect(mixed).toHaveLength(2)

    advance(2000)
    recorder.chunk('first')
    await settle()
    expect(api.uploadChunk).toHaveBeenCalledWith('c1', 'r1', 0, expect.any(Blob), 2000)

    advance(1500)
    const stopping = recording.stop()
    expect(recording.saving).toBe(true)
    await vi.runAllTimersAsync()
    expect(await stopping).toMatchObject({ state: 'STOPPED' })
    expect(api.uploadChunk).toHaveBeenLastCalledWith('c1', 'r1', 1, expect.any(Blob), 3500)
    expect(api.stopRecording).toHaveBeenCalledWith('c1', 'r1', 3500)
    expect(api.uploadChunk.mock.invocationCallOrder.at(-1)).toBeLessThan(api.stopRecording.mock.invocationCallOrder[0] as number)
    expect(recording.active).toBe(false)
    vi.useRealTimers()
  })

  it('waits for the last chunk to be stored before closing the recording', async () => {
    vi.useFakeTimers()
    const { recording, api, advance } = setup()
    await recording.start()
    let store: () => void = () => {}
    api.uploadChunk.mockImplementationOnce(() => new Promise((resolve) => (store = () => resolve({ nextSeq: 1, sizeBytes: 1 }))))
    advance(1000)
    const stopping = recording.stop()
    await vi.runAllTimersAsync()
    expect(api.stopRecording).not.toHaveBeenCalled()
    store()
    await stopping
    expect(api.stopRecording).toHaveBeenCalledWith('c1', 'r1', 1000)
    vi.useRealTimers()
  })

  it('closes the announced recording at once when this browser cannot record', async () => {
    const { options, api } = setup()
    const unsupported = new RecordingSession({ ...options, deps: { ...options.deps, isTypeSupported: () => false } })
    await expect(unsupported.start()).rejects.toThrow('WebM')
    expect(api.stopRecording).toHaveBeenCalledWith('c1', 'r1', 0)
    expect(unsupported.active).toBe(false)
  })

  it('prefers VP8 and Opus, then any WebM', () => {
    expect(pickMimeType(() => true)).toBe('video/webm;codecs=vp8,opus')
    expect(pickMimeType((type) => type === 'video/webm')).toBe('video/webm')
    expect(pickMimeType(() => false)).toBeUndefined()
  })
})
