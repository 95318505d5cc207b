/** Why a connection ended; the client reconnects in either case. */
export type CloseReason = 'socket-closed' | 'broker-error'

/** Handlers are never called before the transport function has returned the connection. */
export interface TransportHandlers {
  /** The STOMP session is up: subscriptions may be made now. */
  onConnected(): void
  /** The connection is gone for good; called at most once, never after `close()`. */
  onClosed(reason: CloseReason, detail?: string): void
}

/** One connection attempt. It never reconnects by itself: the client decides when to try again. */
export interface Connection {
  /** Only while connected; returns the unsubscribe function. */
  subscribe(destination: string, onMessage: (body: string) => void): () => void
  /** Sends a JSON text body; only while connected. */
  publish(destination: string, body: string): void
  close(): void
}

export type Transport = (handlers: TransportHandlers) => Connection
