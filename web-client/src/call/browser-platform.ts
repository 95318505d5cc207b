import type { MediaPlatform } from './ports'
import { browserTimers } from './ports'
import type { RecorderDeps } from './recorder'
import type { FrameDeps } from './stills'
import { createWarmCamera } from './warm-camera'

function devices(): MediaDevices {
  const media = globalThis.navigator?.mediaDevices
  // Browsers only offer cameras on secure origins (HTTPS or localhost).
  if (!media) throw new DOMException('camera access needs HTTPS', 'NotSupportedError')
  return media
}

/** Screen sharing is a desktop feature: tablets and phones have no getDisplayMedia. */
export function canShareScreen(): boolean {
  return typeof globalThis.navigator?.mediaDevices?.getDisplayMedia === 'function'
}

/** The page's one warm camera (see warm-camera.ts). */
export const warmCamera = createWarmCamera({
  getUserMedia: async (constraints) => devices().getUserMedia(constraints),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
})

export function browserPlatform(): MediaPlatform {
  return {
    createPeerConnection: (config) => new RTCPeerConnection(config),
    getUserMedia: async (constraints) => (await warmCamera.take(constraints)) ?? devices().getUserMedia(constraints),
    getDisplayMedia: canShareScreen() ? (constraints) => devices().getDisplayMedia(constraints) : undefined,
    enumerateDevices: async () => devices().enumerateDevices(),
    createStream: (tracks) => new MediaStream(tracks),
  }
}

/** Undefined where this browser cannot record (no MediaRecorder, no Web Audio). */
export function browserRecorderDeps(): RecorderDeps | undefined {
  if (typeof MediaRecorder !== 'function' || typeof AudioContext !== 'function') return undefined
  return {
    createCanvas: () => document.createElement('canvas'),
    createAudioContext: () => new AudioContext(),
    createRecorder: (stream, options) => new MediaRecorder(stream, options),
    isTypeSupported: (type) => MediaRecorder.isTypeSupported(type),
    createStream: (tracks) => new MediaStream(tracks),
    timers: browserTimers,
  }
}

export function browserFrameDeps(): FrameDeps {
  return {
    createCanvas: () => document.createElement('canvas'),
    createVideo: () => document.createElement('video'),
    createStream: (tracks) => new MediaStream(tracks),
    imageCapture: typeof ImageCapture === 'function' ? (track) => new ImageCapture(track) : undefined,
    timers: browserTimers,
  }
}
