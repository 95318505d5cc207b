import { afterEach, describe, expect, it } from 'vitest'
import { setLocale } from '@/locales'
import { caseNoticeText } from './use-case-notices'

describe('caseNoticeText', () => {
  afterEach(() => setLocale('zh-CN'))

  it('names the case, its new state and the reason in the UI language', () => {
    const denied = { type: 'case' as const, change: 'deny', caseId: 9, caseNumber: '330203001-20261122-0007', state: 'DENIED' as const, reason: '不符合补贴条件' }
    expect(caseNoticeText(denied)).toBe('办件 330203001-20261122-0007：审批未通过（不符合补贴条件）')
    setLocale('en')
    expect(caseNoticeText({ ...denied, state: 'ACCEPTED', reason: null })).toBe('Case 330203001-20261122-0007: Accepted')
    expect(caseNoticeText({ ...denied, caseNumber: null, state: 'SUPPLEMENT_REQUESTED', reason: null })).toBe('Case #9: Supplements requested')
  })
})
