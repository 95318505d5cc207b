import type { Alert } from '@/api/board-types'

type Translate = (key: string, params: Record<string, unknown>) => string

/**
 * The alert's line in the UI language, from its figures: tickets waiting, then the longest wait
 * (LEVEL) or the ticket's wait (WAIT_TIMEOUT). The server's English `detail` only when it has none.
 * Case alerts (FOLLOW_UP, DECISION_DUE) say what the coordinator should see to.
 */
export function alertText(
  alert: Pick<Alert, 'kind' | 'detail' | 'waiting' | 'waitedMinutes' | 'stars' | 'deadline'>,
  t: Translate,
): string {
  // A case alert says what to see to, with the rating's stars or the decision's deadline.
  if (alert.kind === 'FOLLOW_UP' && alert.stars != null) return t('alerts.followUpStars', { stars: alert.stars })
  if (alert.kind === 'DECISION_DUE' && alert.deadline) return t('alerts.decideBy', { date: alert.deadline })
  if (alert.kind === 'FOLLOW_UP' || alert.kind === 'DECISION_DUE') return t(`alerts.figures.${alert.kind}`, {})
  const parts: string[] = []
  // `!= null`: alerts raised before the server sent figures have neither field.
  if (alert.waiting != null) parts.push(t('alerts.figures.waiting', { count: alert.waiting }))
  if (alert.waitedMinutes != null) parts.push(t(`alerts.figures.${alert.kind}`, { minutes: alert.waitedMinutes }))
  return parts.length ? parts.join(' · ') : alert.detail
}
