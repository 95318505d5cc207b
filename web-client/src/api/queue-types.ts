// Queue, matter and duty shapes as the server sends them (hand-written until generated).
import type { CallView } from './call-types'
import type { CaseRecord } from './material-types'

export type HandlingTier = 'TOWNSHIP' | 'DISTRICT' | 'TWO_LEVEL'
export const HANDLING_TIERS: readonly HandlingTier[] = ['TOWNSHIP', 'DISTRICT', 'TWO_LEVEL']

export interface MatterSummary {
  code: string
  name: string
  aliases: string[]
  departmentCode: string
  departmentName: string
  handlingTier: HandlingTier
  promisedDays: number
  remoteEligible: boolean
  matchedBy?: string
}

export interface Matter extends MatterSummary {
  materials: { code: string; name: string; mandatory: boolean }[]
}

export type TicketState = 'WAITING' | 'CALLED' | 'SERVING' | 'DONE' | 'WITHDRAWN' | 'NO_SHOW' | 'EXPIRED'
export const TICKET_STATES: readonly TicketState[] = ['WAITING', 'CALLED', 'SERVING', 'DONE', 'WITHDRAWN', 'NO_SHOW', 'EXPIRED']

export interface Applicant {
  name: string
  idNumber: string
  phone: string
}

export interface Ticket {
  id: number
  /** Short and readable aloud, per window per day. */
  number: string
  state: TicketState
  windowId: number
  windowName: string
  matterCode: string
  matterName: string
  /** In full for the worker and the calling clerk, masked in queues. */
  applicant: Applicant
  priority: boolean
  workerId: number
  clerkId: number | null
  clerkName: string | null
  takenAt: string
  calledAt: string | null
  /** 1 for the next to be called; 0 when not waiting. */
  position: number
  estimatedWaitMinutes: number
  callId: string | null
}

export interface NewTicketRequest {
  matterCode: string
  applicant: Applicant
  priority: boolean
  windowId?: number
}

export interface DutyWindow {
  id: number
  name: string
  siteName: string
  onDuty: boolean
  waiting: number
  /** As the centre posts them, e.g. `MON-FRI 08:30-12:00,13:30-17:00`. */
  openingHours: string
  open: boolean
}

export interface DutyStatus {
  windows: DutyWindow[]
  activeTicket: Ticket | null
}

/** A window's waiting tickets (applicants masked, in calling order); also `/topic/windows/{id}`. */
export interface WindowQueue {
  windowId: number
  waiting: Ticket[]
  waitingCount: number
  longestWaitSeconds: number
  clerksOnDuty: number
}

export interface Called {
  ticket: Ticket
  callId: string
  /** The ticket's draft case: only this answer tells the desk its id. */
  case?: CaseRecord | null
  /** The call with this desk in it, when the desk sent its join session with the call. */
  call?: CallView | null
}

export interface TransferRequest {
  windowId: number
  reason: string
}

/** `/topic/windows/{id}/numbers`: what the waiting tablets need, no personal data. */
export interface WindowNumbers {
  windowId: number
  places: { ticketId: number; number: string; position: number; estimatedWaitMinutes: number }[]
  clerksOnDuty: number
}

export type TicketChange =
  | 'TAKEN'
  | 'CALLED'
  | 'RECALLED'
  | 'ANSWERED'
  | 'COMPLETED'
  | 'WITHDRAWN'
  | 'TRANSFERRED'
  | 'NO_SHOW'
  | 'EXPIRED'

/** `/user/queue/notifications`: a change to one of the worker's own tickets. */
export interface TicketNotification {
  type: 'ticket'
  change: TicketChange
  ticket: Ticket
}
