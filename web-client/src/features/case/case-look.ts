import type { CaseAction, CaseState } from '@/api/case-types'

type TagType = 'primary' | 'success' | 'warning' | 'info' | 'danger'

const TAGS: Record<CaseState, TagType> = {
  DRAFT: 'info',
  SUBMITTED: 'primary',
  SUPPLEMENT_REQUESTED: 'warning',
  ACCEPTED: 'success',
  NOT_ACCEPTED: 'danger',
  PRELIM_REVIEWED: 'primary',
  APPROVED: 'success',
  DENIED: 'danger',
  CONCLUDED: 'success',
}

export function caseStateTag(state: CaseState): TagType {
  return TAGS[state]
}

/** What an action asks for besides a yes: a reason (refusals), or how the result is delivered. */
export function actionNeeds(action: CaseAction): 'reason' | 'delivery' | null {
  if (action === 'not-accept' || action === 'deny') return 'reason'
  return action === 'conclude' ? 'delivery' : null
}

const BUTTON_TYPES: Partial<Record<CaseAction, TagType>> = {
  submit: 'primary',
  accept: 'success',
  approve: 'success',
  conclude: 'success',
  'prelim-review': 'primary',
  'not-accept': 'danger',
  deny: 'danger',
  'request-supplement': 'warning',
}

export function actionButtonType(action: CaseAction): TagType | undefined {
  return BUTTON_TYPES[action]
}

/** Within this many days a deadline is shown in red. */
export function deadlineUrgent(deadline: string, today: string): boolean {
  const days = (Date.parse(deadline) - Date.parse(today)) / 86_400_000
  return days <= 1
}
