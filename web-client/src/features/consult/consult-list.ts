import { isLive, type Consultation } from '@/api/consult-types'

/**
 * A list of live consultations with one taken in: a live one replaces its older copy (or joins
 * the list, newest first), a concluded or cancelled one leaves it. Its candidates replace the
 * known ones, none included: every copy a coordinator gets is ranked anew (an expert who went
 * offline has left them), and the copies experts get carry none to keep.
 */
export function upsertLive(list: readonly Consultation[], next: Consultation): Consultation[] {
  const others = list.filter((c) => c.id !== next.id)
  if (!isLive(next)) return others
  return [next, ...others].sort((a, b) => Date.parse(b.requestedAt) - Date.parse(a.requestedAt) || b.id - a.id)
}
