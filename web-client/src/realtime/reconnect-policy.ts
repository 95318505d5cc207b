export interface ReconnectPolicy {
  /** Milliseconds to wait before reconnection attempt `attempt` (1 for the first), or null to give up. */
  nextDelay(attempt: number): number | null
}

export interface BackoffOptions {
  initialMs?: number
  maxMs?: number
  factor?: number
  /** Spread of ± this fraction, so tablets that lost the server together do not return together. */
  jitter?: number
  maxAttempts?: number
  random?: () => number
}

/**
 * Exponential backoff: 1 s, 2 s, 4 s … capped at 30 s, never giving up by default: a tablet on a
 * flaky link should come back on its own whenever the network does.
 */
export function exponentialBackoff(options: BackoffOptions = {}): ReconnectPolicy {
  const { initialMs = 1_000, maxMs = 30_000, factor = 2, jitter = 0.2, maxAttempts = Infinity, random = Math.random } = options
  return {
    nextDelay(attempt) {
      if (attempt > maxAttempts) return null
      const base = Math.min(maxMs, initialMs * factor ** Math.max(0, attempt - 1))
      const spread = 1 + jitter * (2 * random() - 1)
      return Math.round(Math.min(maxMs, base * spread))
    },
  }
}
