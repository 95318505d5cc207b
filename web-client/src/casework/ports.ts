// What the live-form core needs from the outside: the browser wires the app's STOMP client and
// HTTP API (realtime-port.ts); the unit tests supply fakes.
import type { CaseSendError, FieldValue, FormData, LiveCaseMessage } from '@/api/case-types'
import type { ConnectionState } from '@/realtime/events'

export interface CaseLivePort {
  readonly state: ConnectionState
  /** False when the message could not go (not connected): the caller keeps it for later. */
  publish(destination: string, body: unknown): boolean
  onMessage(handler: (message: LiveCaseMessage | { type: string }) => void): () => void
  onError(handler: (error: CaseSendError) => void): () => void
  onState(handler: (state: ConnectionState) => void): () => void
}

export interface CaseFormApi {
  patchForm(caseId: number, values: Record<string, FieldValue>): Promise<FormData>
}

export interface CaseTimers {
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

/** Looked up at each call, so tests that fake the global timers see them. */
export const browserCaseTimers: CaseTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}
