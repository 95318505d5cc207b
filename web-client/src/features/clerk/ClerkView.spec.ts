import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fetchDuty } from '@/api/duty'
import { fetchChecklist, fetchTicketCase } from '@/api/materials'
import type { Ticket } from '@/api/queue-types'
import { CallSession } from '@/call'
import { CALL_SESSION_FACTORY } from '@/features/call/use-call'
import { CALL_SET_UP_WAIT } from '@/features/call/use-call-set-up'
import { LiveForm } from '@/casework'
import { FakeCasePort, FakeFormApi } from '@/test/casework'
import { LIVE_FORM_FACTORY } from '@/features/case/use-case-record'
import { caseView } from '@/test/cases'
import { i18n, setLocale } from '@/locales'
import { ticket } from '@/test/tickets'
import { callView, fakeApi, fakePlatform, FakeSignaling, participant } from '@/test/webrtc'
import ClerkView from './ClerkView.vue'

vi.mock('@/api/duty', () => ({ fetchDuty: vi.fn(), fetchWindowQueue: vi.fn(), setOnDuty: vi.fn(), callNext: vi.fn() }))
vi.mock('@/api/materials', () => ({
  fetchChecklist: vi.fn(async (caseId: number) => ({ caseId, slots: [] })),
  fetchTicketCase: vi.fn(async () => Promise.reject(new Error('no case'))),
}))
vi.mock('@/api/cases', async (original) => ({
  ...(await original<typeof import('@/api/cases')>()),
  fetchCaseView: vi.fn(async (caseId: number) => caseView({ id: caseId })),
  fetchTimeline: vi.fn(async () => []),
}))
vi.mock('@/composables/use-subscription', async () => {
  const { readonly, ref } = await import('vue')
  return { useSubscription: () => {}, useConnectionState: () => readonly(ref('connected')) }
})
enableAutoUnmount(afterEach)

describe('ClerkView', () => {
  const api = fakeApi(callView([participant(1), participant(3)]))

  beforeEach(() => {
    setActivePinia(createPinia())
    setLocale('zh-CN')
    sessionStorage.clear()
  })

  async function render(active: Ticket | null, setUpWait = 0) {
    vi.mocked(fetchDuty).mockResolvedValue({ windows: [], activeTicket: active })
    const factory = (callId: string) =>
      new CallSession({
        callId,
        selfId: '1',
        role: 'CLERK',
        api,
        signaling: new FakeSignaling(),
        platform: fakePlatform().platform,
        signalDestination: '/app/x',
        log: { info: () => {}, warn: () => {} },
      })
    const liveForm = (caseId: number) => new LiveForm({ caseId, selfId: 1, port: new FakeCasePort(), api: new FakeFormApi() })
    const wrapper = mount(ClerkView, {
      global: {
        plugins: [i18n],
        stubs: { RouterLink: true },
        provide: { [CALL_SESSION_FACTORY as symbol]: factory, [LIVE_FORM_FACTORY as symbol]: liveForm, [CALL_SET_UP_WAIT as symbol]: setUpWait },
      },
    })
    await flushPromises()
    return wrapper
  }

  it.each(['CALLED', 'SERVING'] as const)('joins the call of a %s ticket next to the ticket', async (state) => {
    const wrapper = await render(ticket(4, { state, callId: 'c4' }))
    const panel = wrapper.get('[data-testid=call-panel]')
    expect([panel.attributes('data-call-id'), panel.attributes('data-role')]).toEqual(['c4', 'CLERK'])
    expect(wrapper.find('[data-testid=complete-ticket]').exists()).toBe(true)
    expect(wrapper.find('[data-testid=snapshot]').exists()).toBe(true)
  })

  it('shows no call without a live ticket', async () => {
    expect((await render(ticket(4, { state: 'DONE', callId: 'c4' }))).find('[data-testid=call-panel]').exists()).toBe(false)
    expect((await render(null)).find('[data-testid=call-panel]').exists()).toBe(false)
  })

  it('shows the case call-next named, with its form and materials, also after a reload of the tab', async () => {
    sessionStorage.setItem('cloudwindow.desk.cases', JSON.stringify({ 4: 40 }))
    const wrapper = await render(ticket(4, { state: 'SERVING', callId: 'c4' }))
    expect(wrapper.get('[data-testid=case-workspace]').attributes()).toMatchObject({ 'data-case-id': '40', 'data-role': 'clerk' })
    expect(wrapper.get('[data-testid=case-form]').attributes('data-editable')).toBe('true')
    expect(wrapper.get('[data-testid=materials-panel]').attributes()).toMatchObject({ 'data-case-id': '40', 'data-role': 'clerk' })
    expect(fetchChecklist).toHaveBeenCalledWith(40)
    expect(wrapper.find('[data-testid=active-applicant-id-number]').exists()).toBe(false)
  })

  it('loads the case only once the call is set up, so the form does not hold the first frame back', async () => {
    vi.useFakeTimers()
    try {
      sessionStorage.setItem('cloudwindow.desk.cases', JSON.stringify({ 4: 40 }))
      vi.mocked(fetchChecklist).mockClear()
      const rendering = render(ticket(4, { state: 'SERVING', callId: 'c4' }), 1500)
      await vi.advanceTimersByTimeAsync(0)
      const wrapper = await rendering
      expect(wrapper.find('[data-testid=case-waiting-for-call]').exists()).toBe(true)
      expect(fetchChecklist).not.toHaveBeenCalled()
      // The fake call never connects: the case comes anyway, a moment later.
      await vi.advanceTimersByTimeAsync(1500)
      expect(wrapper.find('[data-testid=case-waiting-for-call]').exists()).toBe(false)
      expect(wrapper.get('[data-testid=case-workspace]').attributes('data-case-id')).toBe('40')
    } finally {
      vi.useRealTimers()
    }
  })

  it('asks the server for the case of the held ticket when the tab never saw call-next', async () => {
    vi.mocked(fetchTicketCase).mockResolvedValueOnce({ id: 41 } as never)
    const wrapper = await render(ticket(4, { state: 'SERVING', callId: 'c4' }))
    expect(fetchTicketCase).toHaveBeenCalledWith(4)
    expect(wrapper.get('[data-testid=materials-panel]').attributes('data-case-id')).toBe('41')
  })

  it('says why there are no materials when the ticket has no case', async () => {
    const wrapper = await render(ticket(4, { state: 'SERVING', callId: 'c4' }))
    expect(wrapper.find('[data-testid=materials-panel]').exists()).toBe(false)
    expect(wrapper.find('[data-testid=materials-no-case]').exists()).toBe(true)
  })
})
