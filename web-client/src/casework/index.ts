import { realtime } from '@/realtime'
import { LiveForm } from './live-form'
import { httpCaseFormApi, realtimeCasePort } from './realtime-port'

export { FIELD_FAULTS, checkField, type FieldFault, type FieldFaultCode } from './field-rules'
export { FLASH_MS, HIGHLIGHT_MS, LiveForm, SEND_DELAY_MS } from './live-form'
export type { FieldView, Highlight, LiveFormSnapshot } from './live-form-types'
export type { CaseFormApi, CaseLivePort } from './ports'
export type { PresenceEntry } from './presence'

/** A live form of the case on the real STOMP connection and HTTP API. */
export function createLiveForm(caseId: number, selfId: number): LiveForm {
  return new LiveForm({ caseId, selfId, port: realtimeCasePort(realtime, caseId), api: httpCaseFormApi })
}
