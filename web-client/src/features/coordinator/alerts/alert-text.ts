import type { Alert } from '@/api/board-types'

type Translate = (key: string, params: Record<string, unknown>) => string

/**
 * The alert's line in the UI language, from its figures: tickets waiting, then the longest wait
 * (LEVEL) or the ticket's wait (WAIT_TIMEOUT). The server's English `detail` only when it has none.
 */
export function alertText(alert: Pick<Alert, 'kind' | 'detail' | 'waiting' | 'waitedMinutes'>, t: Translate): string {
  const parts: string[] = []
  // `!= null`: alerts raised before the server sent figures have neither field.
  if (alert.waiting != null) parts.push(t('alerts.figures.waiting', { count: alert.waiting }))
  if (alert.waitedMinutes != null) parts.push(t(`alerts.figures.${alert.kind}`, { minutes: alert.waitedMinutes }))
  return parts.length ? parts.join(' · ') : alert.detail
}
