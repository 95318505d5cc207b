// What the call core needs from the outside world. The browser supplies the real thing
// (browser-platform.ts, api-port.ts); the unit tests supply fakes.

import type { CallView, ChunkAck, IceServerView, RecordingView, StillSource, StillView } from '@/api/call-types'
import type { ConnectionState } from '@/realtime/events'
import type { SignalError, SignalQueueMessage } from './signal-types'

export interface CallApi {
  join(callId: string, session: string): Promise<CallView>
  get(callId: string): Promise<CallView>
  iceServers(callId: string): Promise<IceServerView[]>
  media(callId: string, media: { audio: boolean; video: boolean }): Promise<void>
  /** `session` lets the server ignore a late leave of a page that was already replaced. */
  leave(callId: string, session: string, keepalive: boolean): Promise<void>
  /** Ends the call for everyone. */
  hangup(callId: string): Promise<void>
  startRecording(callId: string): Promise<RecordingView>
  uploadChunk(callId: string, recordingId: string, seq: number, chunk: Blob, elapsedMs: number): Promise<ChunkAck>
  stopRecording(callId: string, recordingId: string, durationMs: number): Promise<RecordingView>
  requestStill(callId: string): Promise<void>
  uploadStill(callId: string, image: Blob, source: StillSource): Promise<StillView>
  stills(callId: string): Promise<StillView[]>
}

/** The slice of the app's RealtimeClient the call uses. */
export interface SignalingPort {
  readonly state: ConnectionState
  publish(destination: string, body: unknown): boolean
  onSignal(handler: (message: SignalQueueMessage) => void): () => void
  onError(handler: (error: SignalError) => void): () => void
  onState(handler: (state: ConnectionState) => void): () => void
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
  setInterval(callback: () => void, ms: number): unknown
  clearInterval(handle: unknown): void
  /** Milliseconds, monotonic within the page (performance.now in the browser). */
  now(): number
}

/** Looked up at each call, so tests that fake the global timers see them. */
export const browserTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  setInterval: (callback, ms) => setInterval(callback, ms),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
  now: () => (globalThis.performance ? performance.now() : Date.now()),
}

export interface CallLogger {
  info(message: string, ...details: unknown[]): void
  warn(message: string, ...details: unknown[]): void
}

/** Browser media and WebRTC, behind factories. */
export interface MediaPlatform {
  createPeerConnection(config: RTCConfiguration): RTCPeerConnection
  getUserMedia(constraints: MediaStreamConstraints): Promise<MediaStream>
  /** Absent where the browser cannot share a screen (tablets, phones). */
  getDisplayMedia?: (constraints: DisplayMediaStreamOptions) => Promise<MediaStream>
  enumerateDevices(): Promise<MediaDeviceInfo[]>
  createStream(tracks: MediaStreamTrack[]): MediaStream
}
