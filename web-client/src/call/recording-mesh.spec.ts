import { afterEach, describe, expect, it } from 'vitest'
import type { CallParticipant } from '@/api/call-types'
import { fakeRecorderBrowser } from '@/test/recorder'
import { callView, FakePeerConnection, fakeApi, fakePlatform, FakeSignaling, FakeStream, FakeTrack, participant, settle, type FakeApi } from '@/test/webrtc'
import { CallSession } from './call-session'
import type { RecorderDeps } from './recorder'

const silent = { info: () => {}, warn: () => {} }

/** A video element showing a picture, as the recorder checks before drawing it. */
function playing(width = 640, height = 480): HTMLVideoElement {
  const video = document.createElement('video')
  Object.defineProperties(video, { videoWidth: { value: width }, videoHeight: { value: height }, readyState: { value: 4 } })
  return video
}

/** The recorder's browser parts; `frame()` runs one frame and tells what it drew and labelled. */
function recorderParts() {
  let frameTimer: (() => void) | null = null
  const browser = fakeRecorderBrowser()
  const deps: RecorderDeps = {
    createCanvas: browser.createCanvas,
    createAudioContext: browser.createAudioContext,
    createRecorder: (stream) => {
      const recorder = {
        state: 'inactive',
        stream,
        ondataavailable: null,
        onstop: null as (() => void) | null,
        start: () => (recorder.state = 'recording'),
        stop: () => {
          recorder.state = 'inactive'
          recorder.onstop?.()
        },
      }
      return recorder as unknown as MediaRecorder
    },
    isTypeSupported: () => true,
    createStream: (tracks) => new FakeStream(tracks as unknown as FakeTrack[]),
    timers: {
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as number),
      setInterval: (callback) => ((frameTimer = callback), 1),
      clearInterval: () => (frameTimer = null),
      now: () => 0,
    },
  }
  function frame(): { drawn: HTMLVideoElement[]; labels: string[] } {
    browser.drawn.length = 0
    browser.labels.length = 0
    frameTimer?.()
    return { drawn: [...browser.drawn], labels: browser.labels.filter((label) => label.startsWith('user')) }
  }
  return { deps, frame, mixed: browser.mixed }
}

describe('the clerk’s recording of a call of several', () => {
  let session: CallSession
  let api: FakeApi
  let signaling: FakeSignaling

  afterEach(() => session?.dispose())

  async function clerkWith(others: CallParticipant[], recorder: RecorderDeps) {
    api = fakeApi(callView([participant(1), ...others]))
    api.startRecording.mockResolvedValue({ id: 'r1' })
    api.stopRecording.mockResolvedValue({ id: 'r1', state: 'STOPPED' })
    signaling = new FakeSignaling()
    FakePeerConnection.created = []
    session = new CallSession({
      callId: 'c1',
      selfId: '1',
      role: 'CLERK',
      api,
      signaling,
      platform: fakePlatform().platform,
      signalDestination: '/app/calls/c1/signal',
      session: 'mine',
      log: silent,
      recorder,
    })
    await session.start()
    await settle()
  }

  /** A participant with a greater id offers; once connected its camera and microphone arrive. */
  async function arrives(id: string): Promise<{ video: HTMLVideoElement; audio: FakeTrack }> {
    signaling.deliver({ from: id, to: '1', type: 'offer', sdp: `offer-of-${id}`, session: `s-${id}` })
    await settle()
    const pc = FakePeerConnection.created.at(-1) as FakePeerConnection
    const audio = new FakeTrack('audio')
    const camera = new FakeTrack('video')
    const stream = new FakeStream([audio, camera])
    pc.receiveTrack(audio, stream)
    pc.receiveTrack(camera, stream)
    pc.setConnectionState('connected')
    const video = playing()
    session.attachRemoteVideo(id, video)
    return { video, audio }
  }

  it('draws every remote participant’s picture and mixes every one’s sound, a latecomer too', async () => {
    const parts = recorderParts()
    const others = [participant(3), participant(5, { role: 'EXPERT' }), participant(7, { role: 'COORDINATOR' })]
    await clerkWith(others, parts.deps)
    const own = playing(1280, 720)
    session.attachLocalVideo(own)
    const remote: { video: HTMLVideoElement; audio: FakeTrack }[] = []
    for (const id of ['3', '5', '7']) remote.push(await arrives(id))
    expect(session.snapshot.peers).toHaveLength(3)

    await session.startRecording()
    expect(api.startRecording).toHaveBeenCalledWith('c1')
    const first = parts.frame()
    expect(first.drawn).toEqual([...remote.map((r) => r.video), own])
    expect(first.labels).toEqual(['user 3', 'user 5', 'user 7', 'user 1'])
    const ownAudio = session.snapshot.preview?.getAudioTracks()[0]?.id
    expect(new Set(parts.mixed)).toEqual(new Set([...remote.map((r) => r.audio.id), ownAudio]))

    // A second expert is brought in while the recording runs.
    api.get.mockResolvedValue(callView([participant(1), ...others, participant(9, { role: 'EXPERT', present: false })]))
    signaling.deliver({ type: 'invited', from: '9', reason: 'EXPERT' })
    await settle()
    signaling.deliver({ type: 'joined', from: '9', session: 's-9' })
    const late = await arrives('9')
    const next = parts.frame()
    expect(next.drawn).toEqual([...remote.map((r) => r.video), late.video, own])
    expect(next.labels).toEqual(['user 3', 'user 5', 'user 7', 'user 9', 'user 1'])
    expect(parts.mixed).toContain(late.audio.id)
    expect(parts.mixed).toHaveLength(5)

    // One who leaves goes from the picture and the mix; the others stay.
    late.audio.stop()
    signaling.deliver({ type: 'left', from: '9' })
    FakePeerConnection.created.at(-1)?.setConnectionState('failed')
    await settle()
    expect(parts.frame().drawn).toEqual([...remote.map((r) => r.video), own])
  })
})
