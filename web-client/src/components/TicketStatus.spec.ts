import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { HANDLING_TIERS, TICKET_STATES, type TicketState } from '@/api/queue-types'
import { i18n, setLocale } from '@/locales'
import { isFinal, stateTag } from '@/utils/ticket-state'
import TicketStatus from './TicketStatus.vue'

const ZH: Record<TicketState, string> = {
  WAITING: '排队中',
  CALLED: '已叫号',
  SERVING: '办理中',
  DONE: '已办结',
  WITHDRAWN: '已取消',
  NO_SHOW: '已过号',
  EXPIRED: '已失效',
}

function render(state: TicketState, testid?: string) {
  return mount(TicketStatus, { props: { state, testid }, global: { plugins: [i18n] } })
}

describe('TicketStatus', () => {
  afterEach(() => setLocale('zh-CN'))

  it.each(TICKET_STATES)('shows %s as translated text with the state in data-state', (state) => {
    setLocale('zh-CN')
    const tag = render(state).get('[data-testid=ticket-status]')
    expect(tag.attributes('data-state')).toBe(state)
    expect(tag.text()).toBe(ZH[state])
  })

  it('speaks English too, and takes another test id for the clerk panel', () => {
    setLocale('en')
    const tag = render('NO_SHOW', 'active-ticket-state').get('[data-testid=active-ticket-state]')
    expect(tag.text()).toBe('Missed')
    expect(tag.classes()).toContain(`el-tag--${stateTag('NO_SHOW')}`)
  })

  it('knows which states are final', () => {
    expect(TICKET_STATES.filter(isFinal)).toEqual(['DONE', 'WITHDRAWN', 'NO_SHOW', 'EXPIRED'])
  })

  it('has every key the queue screens build from values', () => {
    const built = [
      ...TICKET_STATES.map((state) => `ticket.state.${state}`),
      ...TICKET_STATES.filter(isFinal).map((state) => `ticket.final.${state}`),
      ...HANDLING_TIERS.map((tier) => `matter.tier.${tier}`),
      ...['idle', 'connecting', 'connected', 'reconnecting', 'gave-up'].map((state) => `realtime.${state}`),
      ...['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'].map((day) => `weekday.${day}`),
      ...['not-remote', 'no-window', 'window-closed', 'duplicate-ticket', 'empty', 'not-on-duty', 'clerk-busy']
        .concat(['wrong-department', 'not-entitled', 'wrong-state'])
        .map((code) => `errors.queue.${code}`),
    ]
    for (const locale of ['zh-CN', 'en'] as const) {
      expect(built.filter((key) => !i18n.global.te(key, locale)), locale).toEqual([])
    }
  })
})
