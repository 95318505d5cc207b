import type { CaseSendError } from '@/api/case-types'
import type { FieldFault } from './field-rules'
import type { PresenceEntry } from './presence'

export interface FieldView {
  text: string
  version: number
  by: number | null
  at: string | null
  /** What the input holds is not (yet) what the server has. */
  dirty: boolean
  /** The client check of the text; shown once the user left the field or tried to submit. */
  fault: FieldFault | null
  touched: boolean
  /** The server refused the last value sent. */
  refusal: { code: string; message: string } | null
  /** Someone else's value just replaced what this user typed. */
  flashing: boolean
}

export interface Highlight {
  field: string
  by: number
  note: string | null
}

export interface LiveFormSnapshot {
  fields: Readonly<Record<string, FieldView>>
  presence: readonly PresenceEntry[]
  highlighted: Highlight | null
}

export interface LiveFormEvents {
  change: LiveFormSnapshot
  /** A highlight by someone else (the clerk): the view scrolls the field into view. */
  highlight: Highlight
  /** A refusal not tied to a field of this form. */
  refused: CaseSendError
  /** Any other case message (state, matters, signature, timeline, materials). */
  message: { type: string }
}
