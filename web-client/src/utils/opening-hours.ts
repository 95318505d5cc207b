const DAY = '(MON|TUE|WED|THU|FRI|SAT|SUN)'
const DAYS = new RegExp(`\\b${DAY}(?:-${DAY})?\\b`, 'g')
const DAY_ITEM = new RegExp(`^${DAY}(?:-${DAY})?$`, 'i')
const TIME = /^(\d{1,2}):(\d{2})$/
const END_OF_DAY = 24 * 60

type Translate = (key: string, params?: Record<string, string>) => string

/** `MON-FRI 08:30-12:00,13:30-17:00; SAT 09:00-12:00` with the day names in the UI language. */
export function formatOpeningHours(spec: string, t: Translate): string {
  return spec
    .replace(DAYS, (_match, from: string, to?: string) =>
      to ? t('weekday.range', { from: t(`weekday.${from}`), to: t(`weekday.${to}`) }) : t(`weekday.${from}`),
    )
    .replace(/\s*;\s*/g, t('weekday.separator'))
    .replace(/,\s*/g, ', ')
}

export const OPENING_HOURS_FAULTS = ['shape', 'day', 'time', 'order', 'empty'] as const
export type OpeningHoursFault = (typeof OPENING_HOURS_FAULTS)[number]

/** What is wrong with a spec and the part that is wrong, for a message that names it. */
export interface OpeningHoursProblem {
  fault: OpeningHoursFault
  part: string
}

/** Minutes after midnight; `24:00` only where a range ends. */
function minutes(text: string, end: boolean): number | null {
  const [, hours, mins] = TIME.exec(text.trim()) ?? []
  if (hours === undefined || mins === undefined) return null
  const value = Number(hours) * 60 + Number(mins)
  if (end && value === END_OF_DAY) return value
  return Number(hours) < 24 && Number(mins) < 60 ? value : null
}

function rangeProblem(range: string): OpeningHoursProblem | null {
  const part = range.trim()
  const ends = part.split('-')
  if (ends.length !== 2) return { fault: 'shape', part }
  const from = minutes(ends[0] ?? '', false)
  const to = minutes(ends[1] ?? '', true)
  if (from === null || to === null) return { fault: 'time', part }
  return from < to ? null : { fault: 'order', part }
}

function partProblem(part: string): OpeningHoursProblem | null {
  const [, days, times] = /^(\S+)\s+(.+)$/.exec(part) ?? []
  if (days === undefined || times === undefined) return { fault: 'shape', part }
  const badDay = days.split(',').find((item) => !DAY_ITEM.test(item))
  if (badDay !== undefined) return { fault: 'day', part: badDay || days }
  for (const range of times.split(',')) {
    const problem = rangeProblem(range)
    if (problem) return problem
  }
  return null
}

/**
 * Checks a spec the way the server's `OpeningHours.parse` does: parts separated by `;`, each
 * `DAYS HH:MM-HH:MM[,HH:MM-HH:MM…]`, days `MON`..`SUN` alone, in ranges (`MON-FRI`) or listed
 * (`MON,WED`), every range ending after it starts. Null when the spec is fine.
 */
export function openingHoursProblem(spec: string): OpeningHoursProblem | null {
  const parts = spec
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
  if (!parts.length) return { fault: 'empty', part: spec.trim() }
  for (const part of parts) {
    const problem = partProblem(part)
    if (problem) return problem
  }
  return null
}
