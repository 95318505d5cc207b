// The browser parts a call recording draws and mixes with, as fakes that note what they were given.

import type { RecorderDeps } from '@/call/recorder'
import { FakeStream, FakeTrack } from './webrtc'

/**
 * A canvas and a Web Audio context for the recorder: `drawn` holds the video elements drawn and
 * `labels` the texts written since the test last emptied them; `mixed` the id of each audio
 * track connected to the mix.
 */
export function fakeRecorderBrowser(): Pick<RecorderDeps, 'createCanvas' | 'createAudioContext'> & {
  drawn: HTMLVideoElement[]
  labels: string[]
  mixed: string[]
} {
  const drawn: HTMLVideoElement[] = []
  const labels: string[] = []
  const mixed: string[] = []
  const context = {
    fillRect: () => {},
    drawImage: (video: HTMLVideoElement) => drawn.push(video),
    fillText: (text: string) => labels.push(text),
    measureText: () => ({ width: 10 }),
    font: '',
    fillStyle: '',
  }
  return {
    drawn,
    labels,
    mixed,
    createCanvas: () =>
      ({ width: 0, height: 0, getContext: () => context, captureStream: () => new FakeStream([new FakeTrack('video')]) }) as unknown as HTMLCanvasElement,
    createAudioContext: () =>
      ({
        resume: async () => undefined,
        close: async () => undefined,
        createMediaStreamDestination: () => ({ stream: new FakeStream([new FakeTrack('audio')]) }),
        createMediaStreamSource: (stream: MediaStream) => ({ connect: () => mixed.push(stream.getAudioTracks()[0]?.id ?? ''), disconnect: () => {} }),
      }) as unknown as AudioContext,
  }
}
