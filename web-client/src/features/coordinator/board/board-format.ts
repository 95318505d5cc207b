import { minutesSince } from '@/utils/time'

type Translate = (key: string, params?: Record<string, unknown>) => string

const twoDigits = (value: number) => String(value).padStart(2, '0')

/** A wait as mm:ss, or h:mm:ss from an hour on. */
export function formatWait(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds))
  const [hours, minutes, rest] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60]
  return hours ? `${hours}:${twoDigits(minutes)}:${twoDigits(rest)}` : `${twoDigits(minutes)}:${twoDigits(rest)}`
}

/** A share of 0..1 as a whole percentage, e.g. 0.874 → 87%. */
export function formatPercent(share: number): string {
  if (!Number.isFinite(share)) return '—'
  return `${Math.round(Math.min(1, Math.max(0, share)) * 100)}%`
}

/** How long ago, e.g. 刚刚, 3 分钟前, 2 小时前. */
export function formatAgo(instant: string, now: Date, t: Translate): string {
  const minutes = minutesSince(instant, now)
  if (minutes < 1) return t('alerts.ago.justNow')
  if (minutes < 60) return t('alerts.ago.minutes', { minutes })
  return t('alerts.ago.hours', { hours: Math.floor(minutes / 60) })
}
