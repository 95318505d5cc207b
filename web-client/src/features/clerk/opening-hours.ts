const DAY = '(MON|TUE|WED|THU|FRI|SAT|SUN)'
const DAYS = new RegExp(`\\b${DAY}(?:-${DAY})?\\b`, 'g')

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
