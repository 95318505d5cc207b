import { afterEach, describe, expect, it } from 'vitest'
import { i18n, setLocale, type Locale } from '@/locales'
import { alert } from '@/test/board'
import { alertText } from './alert-text'

const backlog = alert(1, 0, { kind: 'LEVEL', waiting: 12, waitedMinutes: 25, detail: '12 waiting, longest 25 min' })
const longWait = alert(2, 0, { kind: 'WAIT_TIMEOUT', waiting: null, waitedMinutes: 31, detail: 'ticket A012 waiting 31 min' })

function textIn(locale: Locale, subject: Parameters<typeof alertText>[0]): string {
  setLocale(locale)
  return alertText(subject, i18n.global.t)
}

describe('alertText', () => {
  afterEach(() => setLocale('zh-CN'))

  it('words a queue backlog from the waiting count and the longest wait', () => {
    expect(textIn('zh-CN', backlog)).toBe('排队 12 人 · 最长已等 25 分钟')
    expect(textIn('en', backlog)).toBe('12 waiting · longest wait 25 min')
  })

  it("words a long wait from the ticket's own wait", () => {
    expect(textIn('zh-CN', longWait)).toBe('该号已等待 31 分钟')
    expect(textIn('en', longWait)).toBe('Waited 31 min so far')
  })

  it('falls back to the server line only when there are no figures', () => {
    expect(textIn('zh-CN', { ...longWait, waitedMinutes: null })).toBe('ticket A012 waiting 31 min')
    expect(textIn('en', { ...backlog, waitedMinutes: null })).toBe('12 waiting')
  })

  it('words case alerts from the rating’s stars and the decision’s deadline', () => {
    const followUp = alert(3, 0, { kind: 'FOLLOW_UP', waiting: null, waitedMinutes: null, stars: 1, caseId: 9 })
    const due = alert(4, 0, { kind: 'DECISION_DUE', waiting: null, waitedMinutes: null, deadline: '2026-11-27', caseId: 10 })
    expect(textIn('zh-CN', followUp)).toBe('申请人评了 1 星，请安排回访')
    expect(textIn('en', followUp)).toBe('The applicant gave 1 star(s): arrange a follow-up call')
    expect(textIn('zh-CN', due)).toBe('须在 2026-11-27 前作出受理决定')
    expect(textIn('en', { ...due, deadline: null })).toBe('A submitted case needs its decision by tomorrow')
  })

  it('words an unanswered consultation request from how long it has waited', () => {
    const waiting = alert(5, 0, { kind: 'CONSULTATION_WAITING', waiting: null, waitedMinutes: 6, consultationId: 3, caseId: 9 })
    expect(textIn('zh-CN', waiting)).toBe('会商请求已等待 6 分钟，尚无专家接受')
    expect(textIn('en', waiting)).toBe('A consultation request has waited 6 min with no expert')
  })
})
