// Signalling messages on the wire (/app/calls/{id}/signal out, /user/queue/signal in).

import type { CallView } from '@/api/call-types'

export type SdpType = 'offer' | 'answer'

/** What this browser sends; `to` is the other participant's user id, '' with a hangup for everyone. */
export interface OutgoingSignal {
  type: SdpType | 'candidate' | 'hangup'
  to: string
  sdp?: string
  candidate?: string
  sdpMid?: string | null
  sdpMLineIndex?: number | null
}

/** A signal relayed from another participant; `session` is the sender's current join session. */
export interface IncomingSignal {
  callId: string
  from: string
  type: SdpType | 'candidate' | 'hangup'
  to: string | null
  sdp: string | null
  candidate: string | null
  sdpMid: string | null
  sdpMLineIndex: number | null
  session?: string | null
}

export const NOTICE_TYPES = ['invited', 'joined', 'left', 'ended', 'recording', 'still', 'still-request', 'media'] as const
export type NoticeType = (typeof NOTICE_TYPES)[number]

/** Something that happened in the call, sent by the server to every participant. */
export interface CallNotice {
  callId: string
  type: NoticeType
  from: string | null
  session: string | null
  /** For `ended`: HANGUP, COMPLETED, TRANSFERRED, NO_SHOW, WITHDRAWN …; for `invited`: the newcomer's role. */
  reason: string | null
  recording: boolean | null
  stillId: string | null
  audio: boolean | null
  video: boolean | null
}

/** The answer to a join sent over STOMP (`/app/calls/{id}/join`), to the joining page only. */
export interface JoinAnswer {
  callId: string
  type: 'join-answer'
  call: CallView
}

export type SignalQueueMessage = IncomingSignal | CallNotice | JoinAnswer

/** `/user/queue/errors`: why the server refused one of our sends, e.g. `call.too-fast`. */
export interface SignalError {
  code: string
  message: string
  /** The call the refused signal was for ('' when the server could not tell). */
  callId?: string
}

export function isNotice(message: SignalQueueMessage): message is CallNotice {
  return (NOTICE_TYPES as readonly string[]).includes(message.type)
}
