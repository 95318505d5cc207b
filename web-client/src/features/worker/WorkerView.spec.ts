import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fetchRating, rateCase } from '@/api/cases'
import { openTicketCase } from '@/api/materials'
import { LiveForm } from '@/casework'
import { FakeCasePort, FakeFormApi } from '@/test/casework'
import { LIVE_FORM_FACTORY } from '@/features/case/use-case-record'
import { caseView } from '@/test/cases'
import { failedResponse } from '@/test/dom'
import { fetchMyTickets } from '@/api/tickets'
import { CallSession } from '@/call'
import { CALL_SESSION_FACTORY } from '@/features/call/use-call'
import { CALL_SET_UP_WAIT } from '@/features/call/use-call-set-up'
import { i18n, setLocale } from '@/locales'
import { ticket } from '@/test/tickets'
import { callView, fakeApi, fakePlatform, FakeSignaling, participant, type FakeApi } from '@/test/webrtc'
import { useWorkerTickets } from './tickets/use-worker-tickets'
import WorkerView from './WorkerView.vue'

vi.mock('@/api/tickets', () => ({ fetchMyTickets: vi.fn(), fetchTicket: vi.fn(), answerTicket: vi.fn() }))
vi.mock('@/api/materials', () => ({
  openTicketCase: vi.fn(async () => ({ id: 9 })),
  uploadEndpoint: (caseId: number) => `/api/cases/${caseId}/materials`,
  fetchChecklist: vi.fn(async () => ({ caseId: 9, slots: [] })),
}))
vi.mock('@/api/cases', async (original) => ({
  ...(await original<typeof import('@/api/cases')>()),
  fetchCaseView: vi.fn(async () => caseView()),
  fetchTimeline: vi.fn(async () => []),
  fetchRating: vi.fn(),
  rateCase: vi.fn(),
}))
vi.mock('@/api/directory', () => ({ fetchSites: vi.fn(async () => []), fetchWindows: vi.fn(async () => []), fetchDepartments: vi.fn(async () => []) }))
// The tablet's live feed is not what this is about.
vi.mock('@/composables/use-subscription', async () => {
  const { readonly, ref } = await import('vue')
  return { useSubscription: () => {}, useConnectionState: () => readonly(ref('connected')) }
})
enableAutoUnmount(afterEach)

describe('WorkerView', () => {
  let api: FakeApi

  beforeEach(() => {
    setActivePinia(createPinia())
    setLocale('zh-CN')
    api = fakeApi(callView([participant(1), participant(3)]))
  })

  function render(setUpWait = 0) {
    const factory = (callId: string) =>
      new CallSession({
        callId,
        selfId: '3',
        role: 'WORKER',
        api,
        signaling: new FakeSignaling(),
        platform: fakePlatform().platform,
        signalDestination: '/app/x',
        log: { info: () => {}, warn: () => {} },
      })
    const liveForm = (caseId: number) => new LiveForm({ caseId, selfId: 3, port: new FakeCasePort(), api: new FakeFormApi() })
    return mount(WorkerView, {
      global: {
        plugins: [i18n],
        stubs: { RouterLink: true },
        provide: { [CALL_SESSION_FACTORY as symbol]: factory, [LIVE_FORM_FACTORY as symbol]: liveForm, [CALL_SET_UP_WAIT as symbol]: setUpWait },
      },
    })
  }

  it('shows the tickets while nothing is answered', async () => {
    vi.mocked(fetchMyTickets).mockResolvedValue([ticket(1, { state: 'CALLED', callId: 'c1' })])
    const wrapper = render()
    await flushPromises()
    expect(wrapper.find('[data-testid=called-banner]').exists()).toBe(true)
    expect(wrapper.find('[data-testid=call-panel]').exists()).toBe(false)
    expect(wrapper.get('[data-testid=auto-answer]').attributes('data-active')).toBe('false')
  })

  it('turns into the call screen for a serving ticket with a call, keeping its status in sight (also after a reload)', async () => {
    vi.mocked(fetchMyTickets).mockResolvedValue([ticket(1, { state: 'SERVING', callId: 'c1', number: 'M007' })])
    const wrapper = render()
    await flushPromises()
    expect(wrapper.get('[data-testid=call-panel]').attributes('data-call-id')).toBe('c1')
    expect(wrapper.get('[data-testid=ticket-status]').attributes('data-state')).toBe('SERVING')
    expect(wrapper.get('[data-testid=ticket-number]').text()).toBe('M007')
    expect(wrapper.find('[data-testid=my-tickets]').exists()).toBe(false)
    expect(api.join).toHaveBeenCalledWith('c1', expect.any(String))
    // The ticket's case opens beside the video: the form, and documents photographed in the call.
    expect(wrapper.get('[data-testid=case-workspace]').attributes()).toMatchObject({ 'data-case-id': '9', 'data-role': 'worker' })
    expect(wrapper.find('[data-testid=case-field-idNumber]').exists()).toBe(true)
    expect(wrapper.get('[data-testid=materials-panel]').attributes()).toMatchObject({ 'data-case-id': '9', 'data-role': 'worker' })
    expect(openTicketCase).toHaveBeenCalledWith(1)
  })

  it('lets the worker photograph materials while the number waits', async () => {
    vi.mocked(fetchMyTickets).mockResolvedValue([ticket(2, { state: 'WAITING' })])
    const wrapper = render()
    await flushPromises()
    await wrapper.get('[data-testid=ticket-materials]').trigger('click')
    await flushPromises()
    expect(openTicketCase).toHaveBeenCalledWith(2)
    expect(document.body.querySelector('[data-testid=materials-panel]')?.getAttribute('data-case-id')).toBe('9')
  })

  it('asks the applicant to rate the service when the call ends, then goes back to the tickets', async () => {
    vi.useFakeTimers()
    vi.mocked(fetchRating).mockRejectedValue(failedResponse(404, { code: 'not-found' }))
    vi.mocked(rateCase).mockResolvedValue({ stars: 2, comment: '等太久', at: '2026-11-23T02:00:00Z' })
    vi.mocked(fetchMyTickets).mockResolvedValue([ticket(1, { state: 'SERVING', callId: 'c1' })])
    const wrapper = render()
    await vi.advanceTimersByTimeAsync(0)
    await wrapper.get('[data-testid=hangup]').trigger('click')
    await vi.advanceTimersByTimeAsync(0)
    expect(wrapper.get('[data-testid=call-status]').attributes('data-state')).toBe('ended')
    await vi.advanceTimersByTimeAsync(5000)
    // The tablet waits for the applicant.
    expect(wrapper.find('[data-testid=call-panel]').exists()).toBe(true)
    const stars = wrapper.findAll('[data-testid=rating-stars]')
    expect(stars.map((star) => [star.element.tagName, star.attributes('data-stars')])).toEqual([
      ['BUTTON', '5'],
      ['BUTTON', '4'],
      ['BUTTON', '3'],
      ['BUTTON', '2'],
      ['BUTTON', '1'],
    ])
    expect(wrapper.get('[data-testid=rating-submit]').attributes('disabled')).toBeDefined()
    await wrapper.get('[data-testid=rating-stars][data-stars="2"]').trigger('click')
    await wrapper.get('textarea[data-testid=rating-comment]').setValue(' 等太久 ')
    await wrapper.get('[data-testid=rating-submit]').trigger('click')
    await vi.advanceTimersByTimeAsync(0)
    expect(rateCase).toHaveBeenCalledWith(9, 2, '等太久')
    expect(wrapper.get('[data-testid=rating-thanks]').text()).toBe('谢谢您的评价！')
    await vi.advanceTimersByTimeAsync(3000)
    expect(wrapper.find('[data-testid=call-panel]').exists()).toBe(false)
    expect(wrapper.get('[data-testid=ticket-status]').attributes('data-state')).toBe('SERVING')
    vi.useRealTimers()
  })

  it('keeps the call on screen when the clerk completes the ticket, so the applicant can rate', async () => {
    vi.useFakeTimers()
    vi.mocked(fetchRating).mockRejectedValue(failedResponse(404, { code: 'not-found' }))
    vi.mocked(fetchMyTickets).mockResolvedValue([ticket(3, { state: 'SERVING', callId: 'c3' })])
    const wrapper = render()
    await vi.advanceTimersByTimeAsync(0)
    // Completing the ticket reaches the tablet before (or with) the call's end.
    useWorkerTickets().put(ticket(3, { state: 'DONE', callId: 'c3' }))
    await vi.advanceTimersByTimeAsync(0)
    expect(wrapper.find('[data-testid=call-panel]').exists()).toBe(true)
    await wrapper.get('[data-testid=hangup]').trigger('click')
    await vi.advanceTimersByTimeAsync(5000)
    expect(wrapper.findAll('[data-testid=rating-stars]')).toHaveLength(5)
    await wrapper.get('[data-testid=rating-skip]').trigger('click')
    await vi.advanceTimersByTimeAsync(3000)
    expect(wrapper.find('[data-testid=call-panel]').exists()).toBe(false)
    expect(wrapper.get('[data-testid=ticket-status]').attributes('data-state')).toBe('DONE')
    vi.useRealTimers()
  })

  it('goes back to the tickets a moment after the call ends when the case was rated already', async () => {
    vi.useFakeTimers()
    vi.mocked(fetchRating).mockResolvedValue({ stars: 5, comment: null, at: '2026-11-23T02:00:00Z' })
    vi.mocked(fetchMyTickets).mockResolvedValue([ticket(2, { state: 'SERVING', callId: 'c2' })])
    const wrapper = render()
    await vi.advanceTimersByTimeAsync(0)
    await wrapper.get('[data-testid=hangup]').trigger('click')
    await vi.advanceTimersByTimeAsync(0)
    expect(wrapper.find('[data-testid=rating-panel]').exists()).toBe(false)
    await vi.advanceTimersByTimeAsync(3000)
    expect(wrapper.find('[data-testid=call-panel]').exists()).toBe(false)
    vi.useRealTimers()
  })
})
