// The public shapes of a CallSession: what the call screens read, hear and pass in. Kept apart
// from the session so its collaborators can name them without importing the session itself.

import type { CallView, ParticipantRole, StillView } from '@/api/call-types'
import type { CallPhase } from './call-state'
import type { MediaFailure } from './local-media'
import type { CallApi, CallLogger, MediaPlatform, SignalingPort, Timers } from './ports'
import type { QualityLevel } from './quality'
import type { RecorderDeps } from './recorder'
import type { FrameDeps } from './stills'

export interface PeerView {
  id: string
  role: ParticipantRole | null
  displayName: string
  stream: MediaStream | null
  audio: boolean
  video: boolean
  connectionState: RTCPeerConnectionState
}

/** Everything the call screen shows, as one immutable value per change. */
export interface CallSnapshot {
  phase: CallPhase
  /** Nobody else is in the call (yet). */
  alone: boolean
  /** Another participant's video has been on screen: the set-up is over for the eye too. */
  remoteFrameShown: boolean
  endReason: string | null
  /** What the small local picture shows: the camera, or the screen while sharing. */
  preview: MediaStream | null
  /** Microphone and camera as the person set them; `has…` says whether there is a device at all. */
  audio: boolean
  video: boolean
  hasAudio: boolean
  hasVideo: boolean
  mediaFailure: MediaFailure | null
  /** Which camera: the front one is shown mirrored, as people expect of themselves. */
  facing: 'user' | 'environment'
  sharing: boolean
  canShare: boolean
  cameraCount: number
  /** Someone is recording the call (what every participant is told). */
  recording: boolean
  /** This browser's recorder runs. */
  recordingHere: boolean
  /** The last chunks of a stopped recording are still going up. */
  recordingSaving: boolean
  quality: QualityLevel | null
  peers: PeerView[]
  stills: StillView[]
  stillPending: boolean
}

/** Things to tell the person, as i18n keys under `call.problem` / `call.info`. */
export const CALL_PROBLEMS = [
  'join-failed',
  'share-failed',
  'record-failed',
  'upload-failed',
  'still-failed',
  'still-camera-off',
  'camera-switch-failed',
] as const
export type CallProblem = (typeof CALL_PROBLEMS)[number]
export const CALL_INFOS = ['still-taken'] as const
export type CallInfo = (typeof CALL_INFOS)[number]

/** Why a call ended as the server says it, plus this browser's own ENDED (unknown) and NOT_FOUND. */
export const END_REASONS = ['LEFT', 'HANGUP', 'COMPLETED', 'TRANSFERRED', 'NO_SHOW', 'WITHDRAWN', 'RECALLED', 'EXPIRED', 'ENDED', 'NOT_FOUND'] as const

export interface CallSessionEvents {
  change: CallSnapshot
  problem: { problem: CallProblem; error?: unknown }
  info: CallInfo
  ended: string
}

export interface CallSessionDeps {
  callId: string
  selfId: string
  role: ParticipantRole
  api: CallApi
  signaling: SignalingPort
  platform: MediaPlatform
  /** Where signals are published: `/app/calls/{id}/signal`. */
  signalDestination: string
  /** Where a join goes over STOMP (`/app/calls/{id}/join`); without it the page joins over HTTP only. */
  joinDestination?: string
  timers?: Timers
  log?: CallLogger
  /** Made once per page load per call; the same one is sent again on every rejoin. */
  session?: string
  /**
   * The answer to a join this page already made with `session` (the desk joins with its 叫号):
   * the first join takes it instead of asking the server again.
   */
  joined?: CallView
  recorder?: RecorderDeps
  frames?: FrameDeps
  /** The page, for `pagehide` and the diagnostics hook; absent in tests that do not want them. */
  page?: Pick<Window, 'addEventListener' | 'removeEventListener'> & { cloudwindowCall?: Window['cloudwindowCall'] }
  joinRetryMs?: number
}
