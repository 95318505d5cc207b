import type { CallProblem } from './call-session-types'
import type { CallApi, CallLogger, Timers } from './ports'

/**
 * What the parts of one call session share: which call and who this browser is, the server, the
 * clock and the log, whether the call is over here, and how to reach the call screen.
 */
export interface CallContext {
  readonly callId: string
  readonly selfId: string
  readonly api: CallApi
  readonly timers: Timers
  readonly log: CallLogger
  /** The call has ended in this browser. */
  ended(): boolean
  /** The page has let go of the session: nothing more is shown. */
  disposed(): boolean
  /** Something to tell the person; logged with the error when there is one. */
  problem(problem: CallProblem, error?: unknown): void
  /** The snapshot has changed. */
  changed(): void
}
