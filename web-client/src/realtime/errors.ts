/**
 * `socket-closed`: the WebSocket closed (network, server restart, heart-beats lost).
 * `broker-error`: the broker sent an ERROR frame (e.g. a refused subscription) and closed.
 * `bad-payload`: a message body was not JSON. `handler-failed`: a subscriber threw.
 */
export type RealtimeErrorReason = 'socket-closed' | 'broker-error' | 'bad-payload' | 'handler-failed'

export class RealtimeError extends Error {
  constructor(
    readonly reason: RealtimeErrorReason,
    message: string,
    readonly destination?: string,
  ) {
    super(message)
    this.name = 'RealtimeError'
  }
}
