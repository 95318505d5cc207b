import { isLive, type Consultation } from '@/api/consult-types'

/**
 * A list of live consultations with one taken in: a live one replaces its older copy (or joins
 * the list, newest first), a concluded or cancelled one leaves it. A message without candidates
 * (an expert's or clerk's copy) keeps the candidates already known.
 */
export function upsertLive(list: readonly Consultation[], next: Consultation): Consultation[] {
  const known = list.find((c) => c.id === next.id)
  const others = list.filter((c) => c.id !== next.id)
  if (!isLive(next)) return others
  const merged = known && !next.candidates?.length ? { ...next, candidates: known.candidates } : next
  return [merged, ...others].sort((a, b) => Date.parse(b.requestedAt) - Date.parse(a.requestedAt) || b.id - a.id)
}
