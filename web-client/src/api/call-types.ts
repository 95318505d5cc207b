// Call, recording and still shapes as the server sends them (hand-written until generated).

export type CallState = 'RINGING' | 'CONNECTED' | 'ENDED'
export type ParticipantRole = 'WORKER' | 'CLERK' | 'EXPERT' | 'COORDINATOR'
export const PARTICIPANT_ROLES: readonly ParticipantRole[] = ['WORKER', 'CLERK', 'EXPERT', 'COORDINATOR']

export interface CallParticipant {
  userId: number
  displayName: string
  role: ParticipantRole
  /** While their browser is in the room. */
  present: boolean
  /** Their browser's join session, a new one per page load. */
  session: string | null
  audio: boolean
  video: boolean
}

export interface CallView {
  id: string
  ticketId: number
  state: CallState
  endReason: string | null
  createdAt: string
  connectedAt: string | null
  endedAt: string | null
  recording: boolean
  participants: CallParticipant[]
}

/** One entry of RTCConfiguration.iceServers; STUN entries have no username or credential. */
export interface IceServerView {
  urls: string[]
  username: string | null
  credential: string | null
}

export interface RecordingView {
  id: string
  callId: string
  startedBy: number
  startedAt: string
  stoppedAt: string | null
  durationMs: number
  sizeBytes: number
  sha256: string | null
  chunks: number
  state: 'RECORDING' | 'STOPPED'
}

export interface ChunkAck {
  nextSeq: number
  sizeBytes: number
}

export type StillSource = 'camera' | 'frame'

export interface StillView {
  id: string
  callId: string
  takenBy: number
  source: StillSource
  contentType: string
  width: number
  height: number
  sizeBytes: number
  takenAt: string
}
