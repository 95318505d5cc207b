import { beforeEach, describe, expect, it, vi } from 'vitest'
import { callView, fakeApi, fakeCallContext, fakePlatform, participant } from '@/test/webrtc'
import { CallMedia } from './call-media'
import { LocalMedia } from './local-media'
import type { PeerLinks } from './peer-links'

describe('CallMedia', () => {
  let context: ReturnType<typeof fakeCallContext>
  let links: Pick<PeerLinks, 'iceServers' | 'replaceVideo'> & { replaceVideo: ReturnType<typeof vi.fn> }
  let sharing: boolean
  let joined: boolean
  let media: CallMedia

  beforeEach(() => {
    context = fakeCallContext(fakeApi(callView([])))
    links = { iceServers: [], replaceVideo: vi.fn(async () => []) }
    sharing = false
    joined = true
    const local = new LocalMedia(fakePlatform().platform, context.call.log)
    media = new CallMedia(context.call, { local, links, sharing: () => sharing, joined: () => joined })
  })

  it('opens the camera with the ICE servers, and goes on without them when they cannot be had', async () => {
    await media.open()
    expect(links.iceServers).toEqual([{ urls: ['stun:stun.example.org'] }])
    // Counted after the call's set-up, which does not wait for it.
    await vi.waitFor(() => expect(media.cameraCount).toBe(2))
    context.api.iceServers.mockRejectedValue(new Error('offline'))
    await media.open()
    expect(links.iceServers).toEqual([])
  })

  it('tells the others only what differs from how the server has this page', async () => {
    await media.open()
    media.joined(participant(3))
    expect(context.api.media).not.toHaveBeenCalled()
    media.setAudio(false)
    media.joined(participant(3))
    expect(context.api.media.mock.calls).toEqual([
      ['c1', { audio: false, video: true }],
      ['c1', { audio: false, video: true }],
    ])
    joined = false
    media.setVideo(false)
    expect(context.api.media).toHaveBeenCalledTimes(2)
  })

  it('keeps the shared screen on the links when the camera is switched', async () => {
    await media.open()
    sharing = true
    await media.switchCamera()
    expect(links.replaceVideo).not.toHaveBeenCalled()
    sharing = false
    await media.switchCamera()
    expect(links.replaceVideo).toHaveBeenCalledOnce()
  })
})
