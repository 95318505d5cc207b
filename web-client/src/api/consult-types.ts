// Expert pool and consultation shapes as the server sends them (issue 7; hand-written until generated).

export type Availability = 'AVAILABLE' | 'BUSY' | 'OFFLINE'
export const AVAILABILITIES: readonly Availability[] = ['AVAILABLE', 'BUSY', 'OFFLINE']

/** An expert of the pool; `availability` is BUSY while in a call whatever they `chose`. */
export interface Expert {
  userId: number
  displayName: string
  siteId: number
  siteName: string
  tags: string[]
  availability: Availability
  chosen: Availability
  enabled: boolean
}

export type ConsultationState = 'OPEN' | 'ANSWERED' | 'CONCLUDED' | 'CANCELLED'
export const CONSULTATION_STATES: readonly ConsultationState[] = ['OPEN', 'ANSWERED', 'CONCLUDED', 'CANCELLED']
export type InvitationState = 'INVITED' | 'ACCEPTED' | 'DECLINED'
export const INVITATION_STATES: readonly InvitationState[] = ['INVITED', 'ACCEPTED', 'DECLINED']

/** An expert assigned to a consultation and their answer (a declined one gives a reason). */
export interface ConsultExpert {
  expertId: number
  displayName: string
  state: InvitationState
  reason: string | null
  invitedAt: string
  answeredAt: string | null
}

export interface ConsultNote {
  authorId: number
  authorName: string
  text: string
  at: string
}

/** An expert in the consultation asked the coordinator to add another. */
export interface ConsultSuggestion {
  byId: number
  byName: string
  expertId: number
  expertName: string
  reason: string
  at: string
}

/** An expert a coordinator could assign, best first: matching tags, then available, then least load. */
export interface ConsultCandidate {
  expertId: number
  displayName: string
  siteName: string
  tags: string[]
  matchedTags: string[]
  availability: Availability
  consultationsToday: number
}

/** Whom an expert in a consultation may suggest: names, tags and availability, nothing more. */
export interface SuggestableExpert {
  expertId: number
  displayName: string
  tags: string[]
  matchedTags: string[]
  availability: Availability
}

export interface Consultation {
  id: number
  callId: string
  caseId: number
  windowId: number
  siteId: number
  siteName: string
  clerkId: number
  clerkName: string
  topic: string
  tags: string[]
  state: ConsultationState
  requestedAt: string
  answeredAt: string | null
  concludedAt: string | null
  conclusion: string | null
  experts: ConsultExpert[]
  notes: ConsultNote[]
  suggestions: ConsultSuggestion[]
  /** Only for coordinators, and only while the consultation is live. */
  candidates: ConsultCandidate[]
}

export type ConsultEvent =
  | 'REQUESTED'
  | 'ASSIGNED'
  | 'ANSWERED'
  | 'COORDINATOR_JOINED'
  | 'SUGGESTED'
  | 'NOTE'
  | 'CONCLUDED'
  | 'CANCELLED'
  | 'CALL_ENDED'
  /** An expert's availability changed: the candidates come ranked anew (boards only). */
  | 'AVAILABILITY'

/** On `/topic/board/{siteId}/consultations`, and to the clerk and experts on their notifications. */
export interface ConsultMessage {
  type: 'consultation'
  event: ConsultEvent
  consultation: Consultation
}

/** What an assigned expert gets on `/user/queue/notifications`. */
export interface InvitationNotice {
  type: 'invitation'
  consultationId: number
  callId: string
  caseId: number
  topic: string
  tags: string[]
  clerkName: string
  siteName: string
  invitedBy: number
  invitedByName: string
  /** The whole consultation with this invitation in it (absent from servers before it was added). */
  consultation?: Consultation
}

/** `/user/queue/notifications` carries other kinds too (tickets): read only these two. */
export type ConsultNotice = ConsultMessage | InvitationNotice | { type?: undefined }

export const MAX_TOPIC = 200
export const MAX_REASON = 200
export const MAX_NOTE = 1000
export const MAX_TAGS = 20
export const MAX_TAG_LENGTH = 40

/** OPEN and ANSWERED: the clerk may still conclude, experts still join. */
export function isLive(consultation: Pick<Consultation, 'state'>): boolean {
  return consultation.state === 'OPEN' || consultation.state === 'ANSWERED'
}
