import type { Alert } from '@/api/board-types'

type Translate = (key: string, params: Record<string, unknown>) => string

/**
 * The alert's line in the UI language, from its figures: tickets waiting, then the longest wait
 * (LEVEL) or the ticket's wait (WAIT_TIMEOUT). The server's English `detail` only when it has none.
 * Case alerts (FOLLOW_UP, DECISION_DUE) say what the coordinator should see to.
 */
export function alertText(alert: Pick<Alert, 'kind' | 'detail' | 'waiting' | 'waitedMinutes'>, t: Translate): string {
  // A case alert says what to do about the case; its figures are the case itself.
  if (alert.kind === 'FOLLOW_UP' || alert.kind === 'DECISION_DUE') return t(`alerts.figures.${alert.kind}`, {})
  const parts: string[] = []
  // `!= null`: alerts raised before the server sent figures have neither field.
  if (alert.waiting != null) parts.push(t('alerts.figures.waiting', { count: alert.waiting }))
  if (alert.waitedMinutes != null) parts.push(t(`alerts.figures.${alert.kind}`, { minutes: alert.waitedMinutes }))
  return parts.length ? parts.join(' · ') : alert.detail
}
