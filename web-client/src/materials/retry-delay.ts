/**
 * The queue's own retry after tus-js-client gave up its quick retries: soon at first, then
 * backing off to a minute so a tablet left offline does not hammer the server when it returns.
 */
export const QUEUE_RETRY_DELAYS_MS = [2000, 5000, 10000, 30000, 60000] as const

export function queueRetryDelay(attempt: number): number {
  const index = Math.min(Math.max(attempt, 1), QUEUE_RETRY_DELAYS_MS.length) - 1
  return QUEUE_RETRY_DELAYS_MS[index] ?? 60000
}

/** tus-js-client's retries inside one run: a dropped chunk is resent within seconds. */
export const TUS_RETRY_DELAYS_MS = [0, 1000, 3000, 5000, 10000]
