import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { callView, fakeApi, fakeCallContext, FakeTrack } from '@/test/webrtc'
import type { PeerView } from './call-session-types'
import { CallStills, type CallStillsOptions } from './call-stills'

function peer(id: string, fields: Partial<PeerView> = {}): PeerView {
  return { id, role: 'EXPERT', displayName: id, stream: null, audio: true, video: true, connectionState: 'connected', ...fields }
}

describe('CallStills', () => {
  let context: ReturnType<typeof fakeCallContext>
  const canvas = { width: 0, height: 0, getContext: () => ({ drawImage: vi.fn() }), toBlob: (done: (blob: Blob) => void) => done(new Blob(['jpeg'])) }
  const frames = {
    createCanvas: () => canvas as unknown as HTMLCanvasElement,
    createVideo: () => ({}) as HTMLVideoElement,
    createStream: () => ({}) as MediaStream,
    imageCapture: () => ({ takePhoto: async () => new Blob(['photo']) }),
    timers: { setTimeout, clearTimeout, setInterval, clearInterval, now: () => 0 } as never,
  }

  function stills(options: Partial<CallStillsOptions> = {}) {
    return new CallStills(context.call, {
      frames,
      camera: { videoTrack: new FakeTrack('video') as unknown as MediaStreamTrack, videoEnabled: true },
      peers: () => [],
      videoOf: () => undefined,
      ...options,
    })
  }

  beforeEach(() => {
    context = fakeCallContext(fakeApi(callView([])))
  })

  afterEach(() => vi.useRealTimers())

  it('answers a request from its own camera, and says so when the camera is off', async () => {
    await stills().answerRequest()
    expect(context.api.uploadStill).toHaveBeenCalledWith('c1', expect.any(Blob), 'camera')
    await stills({ camera: { videoTrack: null, videoEnabled: true } }).answerRequest()
    expect(context.told.problems).toEqual([{ problem: 'still-camera-off', error: undefined }])
  })

  it('falls back to the tablet’s picture here when the tablet does not answer in time', async () => {
    vi.useFakeTimers()
    const videos: Record<string, HTMLVideoElement> = {
      '5': { videoWidth: 640, videoHeight: 360 } as HTMLVideoElement,
      '3': { videoWidth: 1280, videoHeight: 720 } as HTMLVideoElement,
    }
    const clerk = stills({ peers: () => [peer('5'), peer('3', { role: 'WORKER' })], videoOf: (id) => videos[id] })
    await clerk.request()
    expect(clerk.pending).toBe(true)
    await vi.advanceTimersByTimeAsync(6000)
    expect(canvas.width).toBe(1280)
    expect(context.api.uploadStill).toHaveBeenCalledWith('c1', expect.any(Blob), 'frame')
  })

  it('keeps the list, unless the page has let go meanwhile', async () => {
    context.api.stills.mockResolvedValue([{ id: 's1' }])
    const list = stills()
    await list.refresh()
    expect(list.list).toEqual([{ id: 's1' }])
    context.api.stills.mockResolvedValue([])
    context.told.disposed = true
    await list.refresh()
    expect(list.list).toEqual([{ id: 's1' }])
  })
})
