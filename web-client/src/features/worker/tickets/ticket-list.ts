import type { Ticket, WindowNumbers } from '@/api/queue-types'
import { isFinal } from '@/utils/ticket-state'

/** Replaces the ticket with the same id, or puts a new one first (newest on top). */
export function upsertTicket(list: readonly Ticket[], ticket: Ticket): Ticket[] {
  const index = list.findIndex((item) => item.id === ticket.id)
  if (index < 0) return [ticket, ...list]
  return list.map((item, at) => (at === index ? ticket : item))
}

/** Moves the waiting tickets of the window to the places the numbers topic announced. */
export function applyPlaces(list: readonly Ticket[], numbers: WindowNumbers): Ticket[] {
  const places = new Map(numbers.places.map((place) => [place.ticketId, place]))
  return list.map((ticket) => {
    const place = ticket.state === 'WAITING' && ticket.windowId === numbers.windowId ? places.get(ticket.id) : undefined
    return place ? { ...ticket, position: place.position, estimatedWaitMinutes: place.estimatedWaitMinutes } : ticket
  })
}

/**
 * Folds the server's active tickets into what the tablet shows. Tickets shown as active that the
 * server no longer lists have ended meanwhile: their ids come back as `ended`, to be fetched.
 */
export function mergeActive(local: readonly Ticket[], active: readonly Ticket[]): { list: Ticket[]; ended: number[] } {
  const listed = new Set(active.map((ticket) => ticket.id))
  const ended = local.filter((ticket) => !listed.has(ticket.id) && !isFinal(ticket.state)).map((ticket) => ticket.id)
  const kept = local.filter((ticket) => !listed.has(ticket.id))
  const fresh = [...active].sort((a, b) => b.takenAt.localeCompare(a.takenAt))
  return { list: [...fresh, ...kept], ended }
}

/** The windows whose numbers the tablet must follow: those of its waiting tickets. */
export function waitingWindowIds(list: readonly Ticket[]): number[] {
  return [...new Set(list.filter((ticket) => ticket.state === 'WAITING').map((ticket) => ticket.windowId))]
}
