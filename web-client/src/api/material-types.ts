// Case and material shapes as the server sends them (hand-written until generated).
import type { Applicant } from './queue-types'

export type SlotState = 'MISSING' | 'UPLOADED' | 'VERIFIED' | 'REJECTED'
export const SLOT_STATES: readonly SlotState[] = ['MISSING', 'UPLOADED', 'VERIFIED', 'REJECTED']

export type MaterialState = 'UPLOADED' | 'VERIFIED' | 'REJECTED'

/** One file of a material (a side of an ID card, a page of a register). */
export interface MaterialPage {
  id: number
  position: number
  fileName: string
  contentType: string
  size: number
  sha256: string
  width: number | null
  height: number | null
  /** For PDFs; null for images. */
  pageCount: number | null
  uploadedBy: number
  uploadedAt: string
  /** Same-origin, cookie-authorised: usable in <img> and <a> as they are. */
  contentUrl: string
  thumbnailUrl: string
}

/** A version of a slot's material: what the clerk verifies or rejects as a whole. */
export interface Material {
  id: number
  slotCode: string
  version: number
  state: MaterialState
  reason: string | null
  pages: MaterialPage[]
  createdBy: number
  createdAt: string
  checkedBy: number | null
  checkedAt: string | null
}

export interface MaterialSlot {
  code: string
  name: string
  mandatory: boolean
  state: SlotState
  /** The latest version, null while MISSING. */
  current: Material | null
  /** Earlier versions, newest first (rejected ones with their reasons). */
  history: Material[]
}

export interface Checklist {
  caseId: number
  slots: MaterialSlot[]
}

export type MaterialAction = 'UPLOADED' | 'VERIFIED' | 'REJECTED' | 'REORDERED' | 'REMOVED'

/** `/topic/cases/{id}`: `type` tells material updates from other case updates on the topic. */
export interface CaseMessage {
  type: 'materials' | string
  caseId: number
  action?: MaterialAction
  slotCode?: string
  materialId?: number
  pageId?: number | null
  actorId?: number
  at?: string
  /** The whole new checklist, so a screen never merges. */
  checklist?: Checklist
}

export interface CaseRecord {
  id: number
  ticketId: number
  matterCode: string
  matterName: string
  applicant: Applicant
  workerId: number
  workerSiteId: number
  windowId: number
  state: string
  createdAt: string
}
