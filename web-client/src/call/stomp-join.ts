import type { CallView } from '@/api/call-types'
import type { SignalingPort, Timers } from './ports'

/** How long a join over STOMP may take before the page asks over HTTP instead. */
export const STOMP_JOIN_WAIT_MS = 2000

/**
 * Joins over the page's STOMP connection while it is up (the server answers `join-answer` on the
 * signal queue): the frame leaves at once, where an HTTP request waited for the page's busy main
 * thread, and the server skips the HTTP session's database round trips. Anything else (STOMP
 * down, a refusal, no answer in time) joins over HTTP, which also words refusals the way the rest
 * of the call expects. Joining twice with one session is harmless: the second is a rejoin.
 */
export class StompJoin {
  private pending: { answered(view: CallView): void; fallBack(): void } | null = null

  constructor(
    private readonly port: Pick<SignalingPort, 'state' | 'publish'>,
    /** `/app/calls/{id}/join`; without one the page joins over HTTP only. */
    private readonly destination: string | undefined,
    private readonly overHttp: (session: string) => Promise<CallView>,
    private readonly timers: Timers,
  ) {}

  join(session: string): Promise<CallView> {
    const destination = this.destination
    if (!destination || this.port.state !== 'connected' || this.pending) return this.overHttp(session)
    return new Promise<CallView>((resolve, reject) => {
      const done = () => {
        this.timers.clearTimeout(timer)
        this.pending = null
      }
      const pending = {
        answered: (view: CallView) => {
          done()
          resolve(view)
        },
        fallBack: () => {
          done()
          this.overHttp(session).then(resolve, reject)
        },
      }
      const timer = this.timers.setTimeout(() => pending.fallBack(), STOMP_JOIN_WAIT_MS)
      this.pending = pending
      if (!this.port.publish(destination, { session })) pending.fallBack()
    })
  }

  /** The server's `join-answer`. */
  answered(view: CallView): void {
    this.pending?.answered(view)
  }

  /** The server refused a frame of this call while a join was pending: ask over HTTP. */
  refused(): void {
    this.pending?.fallBack()
  }
}
