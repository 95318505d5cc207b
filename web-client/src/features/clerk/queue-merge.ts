import type { Ticket, WindowQueue } from '@/api/queue-types'

/** Between the heads of two windows' queues: priority first, then whoever has waited longer. */
function goesFirst(a: Ticket, b: Ticket): boolean {
  if (a.priority !== b.priority) return a.priority
  return Date.parse(a.takenAt) < Date.parse(b.takenAt)
}

/**
 * One list for a clerk on duty at several windows. Each window's own order (the server's, by
 * position) is kept; between windows the heads are compared, so the first entry is the one
 * `call-next` should take. A ticket met twice (moved between two of the windows) is listed once.
 */
export function mergeQueues(queues: readonly WindowQueue[]): Ticket[] {
  const lines = queues.map((queue) => [...queue.waiting].sort((a, b) => a.position - b.position))
  const next = lines.map(() => 0)
  const merged: Ticket[] = []
  const seen = new Set<number>()
  for (;;) {
    let best: number | undefined
    lines.forEach((line, index) => {
      const head = line[next[index] as number]
      const leader = best === undefined ? undefined : lines[best]?.[next[best] as number]
      if (head && (!leader || goesFirst(head, leader))) best = index
    })
    if (best === undefined) return merged
    const ticket = lines[best]?.[next[best] as number] as Ticket
    next[best] = (next[best] as number) + 1
    if (!seen.has(ticket.id)) merged.push(ticket)
    seen.add(ticket.id)
  }
}
