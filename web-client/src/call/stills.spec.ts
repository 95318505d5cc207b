import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest'
import { browserTimers } from './ports'
import { captureStill, grabFrame, StillRequester } from './stills'

const silent = { info: () => {}, warn: () => {} }

describe('StillRequester', () => {
  let fallback: Mock<() => Promise<void>>
  let request: Mock<() => Promise<void>>
  let requester: StillRequester

  beforeEach(() => {
    vi.useFakeTimers()
    fallback = vi.fn(async () => undefined)
    request = vi.fn(async () => undefined)
    requester = new StillRequester({ request, fallback, timers: browserTimers, log: silent })
  })

  afterEach(() => vi.useRealTimers())

  it('grabs the remote video when no still comes within 6 s', async () => {
    await requester.request()
    expect(requester.pending).toBe(true)
    vi.advanceTimersByTime(5999)
    expect(fallback).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(fallback).toHaveBeenCalledOnce()
    expect(requester.pending).toBe(false)
  })

  it('does not when the tablet sends its still in time', async () => {
    await requester.request()
    vi.advanceTimersByTime(4000)
    requester.stillArrived()
    vi.advanceTimersByTime(10_000)
    expect(fallback).not.toHaveBeenCalled()
  })

  it('counts a still that overtakes the response to the request', async () => {
    request.mockImplementation(async () => requester.stillArrived())
    await requester.request()
    vi.advanceTimersByTime(10_000)
    expect(fallback).not.toHaveBeenCalled()
  })

  it('asks once while a request is pending', async () => {
    await requester.request()
    await requester.request()
    expect(request).toHaveBeenCalledOnce()
  })

  it('waits for nothing when the request itself failed', async () => {
    request.mockRejectedValue(new Error('offline'))
    await expect(requester.request()).rejects.toThrow('offline')
    vi.advanceTimersByTime(10_000)
    expect(fallback).not.toHaveBeenCalled()
    expect(requester.pending).toBe(false)
  })
})

describe('still capture', () => {
  function canvas() {
    const drawn: unknown[][] = []
    const element = {
      width: 0,
      height: 0,
      getContext: () => ({ drawImage: (...args: unknown[]) => drawn.push(args) }),
      toBlob: (done: (blob: Blob) => void, type: string, quality: number) => done(new Blob([`${type}@${quality}`], { type })),
    }
    return { element: element as unknown as HTMLCanvasElement, drawn }
  }

  it('draws a frame at the video’s own size as a JPEG', async () => {
    const { element, drawn } = canvas()
    const video = { videoWidth: 1280, videoHeight: 720 } as HTMLVideoElement
    const image = await grabFrame(video, () => element)
    expect([element.width, element.height]).toEqual([1280, 720])
    expect(drawn[0]?.slice(1)).toEqual([0, 0, 1280, 720])
    expect(image.type).toBe('image/jpeg')
    expect(await image.text()).toBe('image/jpeg@0.92')
  })

  it('prefers the camera’s photo mode, falling back to a frame when it fails', async () => {
    const photo = new Blob(['photo'], { type: 'image/jpeg' })
    const { element } = canvas()
    const video = { muted: false, playsInline: false, srcObject: null, videoWidth: 640, videoHeight: 480, play: async () => undefined }
    const deps = {
      createCanvas: () => element,
      createVideo: () => video as unknown as HTMLVideoElement,
      createStream: () => ({}) as MediaStream,
      timers: browserTimers,
    }
    const track = {} as MediaStreamTrack
    expect(await captureStill(track, { ...deps, imageCapture: () => ({ takePhoto: async () => photo }) }, silent)).toBe(photo)
    const framed = await captureStill(track, { ...deps, imageCapture: () => ({ takePhoto: () => Promise.reject(new Error('no')) }) }, silent)
    expect(framed.type).toBe('image/jpeg')
    expect([element.width, element.height]).toEqual([640, 480])
    expect(video.srcObject).toBeNull()
  })
})
