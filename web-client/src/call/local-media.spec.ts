import { describe, expect, it, vi } from 'vitest'
import { fakePlatform, FakeStream, FakeTrack } from '@/test/webrtc'
import { bitrateFor, cameraConstraints, LocalMedia } from './local-media'
import { randomId } from './random-id'

const silent = { info: () => {}, warn: () => {} }
const named = (name: string) => Object.assign(new Error(name), { name })

describe('LocalMedia', () => {
  it('asks for 720p at most from the front camera, with sound', async () => {
    const getUserMedia = vi.fn(async () => new FakeStream([new FakeTrack('audio'), new FakeTrack('video')]))
    const media = new LocalMedia(fakePlatform({ getUserMedia }).platform, silent)
    await media.open()
    expect(getUserMedia).toHaveBeenCalledWith({
      video: { width: { ideal: 960, max: 1280 }, height: { ideal: 540, max: 720 }, facingMode: 'user' },
      audio: true,
    })
    expect(media.failure).toBeNull()
  })

  it('goes on with the microphone alone when there is no camera', async () => {
    const getUserMedia = vi.fn().mockRejectedValueOnce(named('NotFoundError')).mockResolvedValueOnce(new FakeStream([new FakeTrack('audio')]))
    const media = new LocalMedia(fakePlatform({ getUserMedia }).platform, silent)
    expect(await media.open()).not.toBeNull()
    expect(media.failure).toBe('no-device')
    expect(media.audioEnabled).toBe(true)
    expect(media.videoEnabled).toBe(false)
  })

  it('does not ask again after a refusal', async () => {
    const getUserMedia = vi.fn().mockRejectedValue(named('NotAllowedError'))
    const media = new LocalMedia(fakePlatform({ getUserMedia }).platform, silent)
    expect(await media.open()).toBeNull()
    expect(getUserMedia).toHaveBeenCalledOnce()
    expect(media.failure).toBe('denied')
  })

  it('switches to the rear camera, stopping the front one first, keeping the camera-off choice', async () => {
    const { platform } = fakePlatform()
    const getUserMedia = vi.spyOn(platform, 'getUserMedia')
    const media = new LocalMedia(platform, silent)
    await media.open()
    const front = media.videoTrack
    media.setVideoEnabled(false)
    const rear = await media.switchCamera()
    expect(front?.readyState).toBe('ended')
    expect(getUserMedia).toHaveBeenLastCalledWith({ video: cameraConstraints('environment') })
    expect(media.videoTrack).toBe(rear)
    expect(rear?.enabled).toBe(false)
    expect(media.facing).toBe('environment')
  })

  it('opens the previous camera again when the other will not open', async () => {
    const { platform } = fakePlatform()
    const media = new LocalMedia(platform, silent)
    await media.open()
    const open = platform.getUserMedia
    platform.getUserMedia = vi.fn().mockRejectedValueOnce(named('NotReadableError')).mockImplementation(open)
    const track = await media.switchCamera()
    expect(track?.readyState).toBe('live')
    expect(media.facing).toBe('user')
    expect(platform.getUserMedia).toHaveBeenLastCalledWith({ video: cameraConstraints('user') })
  })
})

describe('randomId', () => {
  it('sends less as the call grows: 720p to one other, 480p to two or three, 360p to four or five', async () => {
    const camera = new FakeTrack('video')
    const getUserMedia = vi.fn(async () => new FakeStream([new FakeTrack('audio'), camera]))
    const media = new LocalMedia(fakePlatform({ getUserMedia }).platform, silent)
    await media.open()
    await media.fitTo(2)
    expect(camera.constraints).toEqual([])
    await media.fitTo(3)
    await media.fitTo(4)
    expect(camera.constraints).toEqual([cameraConstraints('user', 480)])
    expect(cameraConstraints('user', 480)).toMatchObject({ width: { max: 853 }, height: { max: 480 } })
    await media.fitTo(6)
    expect(camera.constraints.at(-1)).toMatchObject({ height: { ideal: 360, max: 360 } })
    await media.fitTo(2)
    expect(camera.constraints.at(-1)).toEqual(cameraConstraints('user'))
    // The other camera opens at the size the call has now.
    await media.fitTo(5)
    await media.switchCamera()
    expect(getUserMedia).toHaveBeenLastCalledWith({ video: cameraConstraints('environment', 360) })
  })

  it('makes a v4 UUID even where randomUUID is missing (plain HTTP)', () => {
    const id = randomId({ getRandomValues: <T extends ArrayBufferView | null>(array: T) => array })
    expect(id).toBe('00000000-0000-4000-8000-000000000000')
    expect(randomId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('shares a tablet uplink of about 1.8 Mbit/s between the streams of a growing call', () => {
    expect([2, 3, 4, 5, 6].map(bitrateFor)).toEqual([1_500_000, 600_000, 600_000, 350_000, 350_000])
    for (const people of [2, 3, 4, 5, 6]) expect(bitrateFor(people) * (people - 1)).toBeLessThanOrEqual(1_800_000)
  })
})
