import type { CallView } from '@/api/call-types'
import type { ConnectionState } from '@/realtime/events'
import type { CallContext } from './call-context'
import type { SetupTimeline } from './diagnostics'
import type { PeerLinks } from './peer-links'
import type { SignalSender } from './signal-sender'
import type { IncomingSignal } from './signal-types'

export const ENDED_CODE = 'call.ended'

function problemCodeOf(error: unknown): string | undefined {
  const data = (error as { response?: { data?: { code?: unknown; type?: unknown } } } | null)?.response?.data
  if (typeof data?.code === 'string') return data.code
  if (typeof data?.type === 'string' && data.type.endsWith(ENDED_CODE)) return ENDED_CODE
  return undefined
}

function statusOf(error: unknown): number | undefined {
  return (error as { response?: { status?: number } } | null)?.response?.status
}

export interface CallJoinOptions {
  /** This page's join session, sent again on every rejoin. */
  session: string
  /** The answer to a join already made with `session`, taken by the first attempt. */
  answered?: CallView
  /** How to join; the HTTP API's join when absent. */
  join?: (session: string) => Promise<CallView>
  links: PeerLinks
  sender: Pick<SignalSender, 'flush'>
  timeline: SetupTimeline
  retryMs?: number
  /** Opening camera, microphone and ICE servers; joins wait for it before they offer. */
  mediaStage(): Promise<void>
  /** The join was answered and the media are open: take in the call as the server sees it. */
  onAnswer(view: CallView): void
  /** A signal held back while joining, to be handled now. */
  deliver(signal: IncomingSignal): void
  /** Everyone present has been met and the held signals handled. */
  onJoined(view: CallView): void
  end(reason: string): void
}

/**
 * This page in the call's room: joining, joining again with the same session (after a failed
 * attempt, a STOMP reconnection or a server restart), and leaving. Decides who offers to whom: in
 * each pair the greater user id, whenever the two meet, whether this page's join finds the other
 * present or the other's `joined` notice arrives (also while this page is still joining). Signals
 * that come before the first join is done are held and handled once it is.
 */
export class CallJoin {
  private isJoined = false
  private joining: Promise<void> | null = null
  private retryTimer: unknown
  private signalingLost = false
  /** Peers whose `joined` notice came while this page was joining, with their sessions. */
  private readonly metWhileJoining = new Map<string, string | null>()
  /** Signals that came before the first join was done. */
  private readonly held: IncomingSignal[] = []
  private answered: CallView | undefined

  constructor(
    private readonly call: CallContext,
    private readonly options: CallJoinOptions,
  ) {
    this.answered = options.answered
  }

  /** The join answer has come: the call is live for this browser. */
  get joined(): boolean {
    return this.isJoined
  }

  join(): Promise<void> {
    this.joining ??= this.attempt().finally(() => {
      this.joining = null
    })
    return this.joining
  }

  /** Joins again, same session, if this page is in the call. */
  rejoin(): void {
    if (this.isJoined && !this.call.ended()) void this.join()
  }

  signalingChanged(state: ConnectionState): void {
    if (state === 'reconnecting' || state === 'gave-up') this.signalingLost = true
    if (state === 'connected' && this.signalingLost) {
      this.signalingLost = false
      // The server may have restarted and forgotten its rooms: join again, same session.
      this.rejoin()
    }
  }

  /** Tells the server this page is gone; `keepalive` lets the request outlive the page. */
  leave(keepalive: boolean): void {
    if (!this.isJoined || this.call.ended()) return
    this.call.api.leave(this.call.callId, this.options.session, keepalive).catch(() => undefined)
  }

  /** Keeps a signal until the first join is done. */
  hold(signal: IncomingSignal): void {
    this.held.push(signal)
  }

  /** Another participant's `joined` notice. */
  peerJoined(peerId: string, session: string | null): void {
    const { links } = this.options
    // Same session: a rejoin after a STOMP reconnect, the link stands. Another: a reload.
    links.closeIfReloaded(peerId, session)
    if (!links.has(peerId) && this.offersTo(peerId)) {
      // Not joined yet: the join may have been answered before this peer came in.
      if (this.isJoined) links.open(peerId, session, true)
      else this.metWhileJoining.set(peerId, session)
    }
  }

  /** No more tries. */
  stop(): void {
    this.call.timers.clearTimeout(this.retryTimer)
  }

  /** In each pair the greater user id offers, so two pages that meet never both do. */
  private offersTo(peerId: string): boolean {
    return Number(this.call.selfId) > Number(peerId)
  }

  private over(): boolean {
    return this.call.ended() || this.call.disposed()
  }

  private async attempt(): Promise<void> {
    const { options } = this
    if (this.over()) return
    let view: CallView
    try {
      if (!this.answered) options.timeline.mark('join-sent')
      view = this.answered ?? (await (options.join ? options.join(options.session) : this.call.api.join(this.call.callId, options.session)))
      this.answered = undefined
    } catch (error) {
      return this.failed(error)
    }
    await options.mediaStage()
    if (this.over()) return
    this.isJoined = true
    options.timeline.mark('joined')
    options.onAnswer(view)
    if (view.state === 'ENDED') return options.end(view.endReason ?? 'ENDED')
    this.meetPresent(view)
    options.sender.flush()
    this.releaseHeld()
    options.onJoined(view)
  }

  private meetPresent(view: CallView): void {
    const { links } = this.options
    const met = new Map(this.metWhileJoining)
    this.metWhileJoining.clear()
    for (const participant of view.participants) {
      if (participant.present) met.set(String(participant.userId), participant.session)
    }
    for (const [id, session] of met) {
      if (id === this.call.selfId) continue
      links.closeIfReloaded(id, session)
      if (!links.has(id)) {
        if (this.offersTo(id)) links.open(id, session, true)
      } else if (links.get(id)?.connectionState !== 'connected' && this.offersTo(id)) {
        // Signals may have been lost while STOMP was down: a link that is not up negotiates again.
        links.get(id)?.restartIce()
      }
    }
  }

  private releaseHeld(): void {
    const held = this.held.splice(0)
    for (const signal of held) this.options.deliver(signal)
  }

  private failed(error: unknown): void {
    const { api, callId, timers, log } = this.call
    if (problemCodeOf(error) === ENDED_CODE) {
      void api.get(callId).then(
        (view) => this.options.end(view.endReason ?? 'ENDED'),
        () => this.options.end('ENDED'),
      )
      return
    }
    const status = statusOf(error)
    if (status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429) {
      // Not ours (404) or not allowed: trying again will not help.
      this.call.problem('join-failed', error)
      this.options.end('NOT_FOUND')
      return
    }
    log.warn('[call] join failed, trying again', error)
    timers.clearTimeout(this.retryTimer)
    this.retryTimer = timers.setTimeout(() => void this.join(), this.options.retryMs ?? 3000)
  }
}
