import type { CaseState } from '@/api/case-types'
import { showInfoText } from '@/composables/notify'
import { useSubscription } from '@/composables/use-subscription'
import { i18n } from '@/locales'
import { destinations } from '@/realtime'

/** `/user/queue/notifications` beside the ticket ones: a step someone else took on the worker's case. */
export interface CaseNotification {
  type: 'case'
  change: string
  caseId: number
  caseNumber: string | null
  state: CaseState
  reason: string | null
}

export function caseNoticeText(notice: CaseNotification): string {
  const t = i18n.global.t
  const params = { number: notice.caseNumber ?? `#${notice.caseId}`, state: t(`case.state.${notice.state}`), reason: notice.reason ?? '' }
  return notice.reason ? t('case.notice.withReason', params) : t('case.notice.plain', params)
}

/** The tablet hears when a clerk accepts, refuses, approves or denies one of its point's cases. */
export function useCaseNotices(): void {
  useSubscription(destinations.notifications, (message) => {
    const notice = message as unknown as CaseNotification
    if (notice.type === 'case') showInfoText(caseNoticeText(notice))
  })
}
