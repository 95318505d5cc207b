import type { ConnectionState } from '@/realtime/events'

/** What `call-status` shows in `data-state`. */
export type CallPhase = 'connecting' | 'connected' | 'reconnecting' | 'ended'
export const CALL_PHASES: readonly CallPhase[] = ['connecting', 'connected', 'reconnecting', 'ended']

export interface PhaseInput {
  ended: boolean
  /** The join answer has come: the call is live for this browser. */
  joined: boolean
  signaling: ConnectionState
  peers: readonly { connectionState: RTCPeerConnectionState; receiving: boolean }[]
}

/**
 * ended wins; then any trouble (a peer link disconnected or failed, or STOMP down while the call
 * is live) is `reconnecting`; then one live link receiving media is `connected`; else `connecting`.
 */
export function derivePhase({ ended, joined, signaling, peers }: PhaseInput): CallPhase {
  if (ended) return 'ended'
  // `connecting` is only the very first attempt, which the join may well beat.
  if (joined && (signaling === 'reconnecting' || signaling === 'gave-up')) return 'reconnecting'
  if (peers.some((peer) => peer.connectionState === 'disconnected' || peer.connectionState === 'failed')) return 'reconnecting'
  if (joined && peers.some((peer) => peer.connectionState === 'connected' && peer.receiving)) return 'connected'
  return 'connecting'
}
