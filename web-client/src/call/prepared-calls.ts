import type { CallSession } from './call-session'

/** A session started ahead of its view and not taken by then is let go after this. */
export const PREPARED_FOR_MS = 10_000

/**
 * Calls started before their view is on screen. The desk gets the call id with the answer to
 * 叫号, and the call panel mounts a render or two later; starting the session at the answer puts
 * the camera, the join and the ICE servers on the wire those 30–60 ms earlier. The view takes the
 * started session; one never taken (the view failed to show) leaves the call after a while.
 */
export class PreparedCalls {
  private readonly sessions = new Map<string, { session: CallSession; timer: ReturnType<typeof setTimeout> }>()

  constructor(private readonly forMs = PREPARED_FOR_MS) {}

  /** Starts a session for the call unless one is already waiting; problems surface when the view takes it. */
  prepare(callId: string, create: () => CallSession): void {
    if (this.sessions.has(callId)) return
    const session = create()
    session.start().catch(() => undefined)
    const timer = setTimeout(() => {
      if (this.sessions.get(callId)?.session !== session) return
      this.sessions.delete(callId)
      session.dispose()
    }, this.forMs)
    this.sessions.set(callId, { session, timer })
  }

  /** The started session of this call, once; undefined when none was prepared. */
  take(callId: string): CallSession | undefined {
    const entry = this.sessions.get(callId)
    if (!entry) return undefined
    this.sessions.delete(callId)
    clearTimeout(entry.timer)
    return entry.session
  }
}
