// The shared case record as the server sends it (issue 6 wire contract; hand-written until generated).
import type { CaseRecord } from './material-types'
import type { HandlingTier } from './queue-types'
import type { Role } from './types'

export type CaseState =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'SUPPLEMENT_REQUESTED'
  | 'ACCEPTED'
  | 'NOT_ACCEPTED'
  | 'PRELIM_REVIEWED'
  | 'APPROVED'
  | 'DENIED'
  | 'CONCLUDED'
export const CASE_STATES: readonly CaseState[] = [
  'DRAFT',
  'SUBMITTED',
  'SUPPLEMENT_REQUESTED',
  'ACCEPTED',
  'NOT_ACCEPTED',
  'PRELIM_REVIEWED',
  'APPROVED',
  'DENIED',
  'CONCLUDED',
]

export type CaseAction =
  | 'submit'
  | 'accept'
  | 'not-accept'
  | 'request-supplement'
  | 'prelim-review'
  | 'approve'
  | 'deny'
  | 'conclude'
export const CASE_ACTIONS: readonly CaseAction[] = [
  'submit',
  'accept',
  'not-accept',
  'request-supplement',
  'prelim-review',
  'approve',
  'deny',
  'conclude',
]

export type Delivery = 'PICKUP' | 'POST' | 'ELECTRONIC'
export const DELIVERIES: readonly Delivery[] = ['PICKUP', 'POST', 'ELECTRONIC']

export type FieldType = 'TEXT' | 'NUMBER' | 'DATE' | 'SELECT' | 'ID_NUMBER' | 'PHONE'

export interface SelectOption {
  value: string
  label: string
  labelEn: string
}

/** A field of the merged form schema of the case's matters. */
export interface CaseField {
  name: string
  label: string
  labelEn: string
  type: FieldType
  required: boolean
  options?: SelectOption[]
  maxLength?: number
  min?: number
  max?: number
  pattern?: string
  sensitive?: boolean
}

export type FieldValue = string | number | null

/** A stored value with the version of its last write. */
export interface FormEntry {
  value: FieldValue
  version: number
  by: number | null
  at: string | null
}

export type FormData = Record<string, FormEntry>

export interface CaseMatter {
  code: string
  name: string
  handlingTier: HandlingTier
  promisedDays: number
}

export interface SupplementItem {
  kind: 'MATERIAL' | 'FIELD'
  code: string
  name: string
  reason: string
}

export interface Supplement {
  items: SupplementItem[]
  requestedAt: string
  deadline: string
}

export interface SignatureView {
  materialId: number
  signedAt: string
  contentHash: string
  stale: boolean
}

/** `GET /api/cases/{id}`, and the answer of every case-changing call. */
export interface CaseView extends Omit<CaseRecord, 'state'> {
  state: CaseState
  caseNumber: string | null
  matters: CaseMatter[]
  fields: CaseField[]
  form: FormData
  submittedAt: string | null
  decisionDeadline: string | null
  acceptedAt: string | null
  promisedBy: string | null
  supplementDeadline: string | null
  concludedAt: string | null
  supplement: Supplement | null
  signature: SignatureView | null
  delivery: Delivery | null
  actions: CaseAction[]
}

export interface TransitionRequest {
  action: CaseAction
  reason?: string
  delivery?: Delivery
}

export interface TimelineActor {
  id: number
  displayName: string
  role: Role
}

export interface TimelineEvent {
  id: number
  at: string
  actor: TimelineActor | null
  kind: string
  fromState: CaseState | null
  toState: CaseState | null
  reason: string | null
  changes: { field: string; before: FieldValue; after: FieldValue }[]
}

export interface CaseSummary {
  id: number
  caseNumber: string | null
  state: CaseState
  matters: Pick<CaseMatter, 'code' | 'name'>[]
  applicantName: string
  /** Masked by the server. */
  applicantIdNumber: string
  workerSiteId: number
  windowId: number
  createdAt: string
  updatedAt: string
}

export interface TrackResult {
  caseNumber: string
  state: CaseState
  matters: string[]
  applicantName: string
  acceptedAt: string | null
  promisedBy: string | null
  timeline: { at: string; kind: string; toState: CaseState | null }[]
}

export interface Rating {
  stars: number
  comment: string | null
  at: string
}

/** `/topic/cases/{id}` messages of the live form and the lifecycle (materials ones: material-types). */
export type LiveCaseMessage =
  | { type: 'field'; field: string; value: FieldValue; version: number; by: number | null; at: string }
  | { type: 'presence'; userId: number; displayName: string; role: Role; field: string | null }
  | { type: 'highlight'; field: string; by: number; note?: string | null }
  | { type: 'state'; state: CaseState; caseNumber: string | null; actions?: CaseAction[] }
  | { type: 'matters' }
  | { type: 'signature'; stale: boolean }
  | { type: 'timeline' }

/** `/user/queue/errors` for a refused form send. */
export interface CaseSendError {
  code: string
  message: string
  caseId?: number
  field?: string
}
