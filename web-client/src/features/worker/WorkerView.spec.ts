import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openTicketCase } from '@/api/materials'
import { fetchMyTickets } from '@/api/tickets'
import { CallSession } from '@/call'
import { CALL_SESSION_FACTORY } from '@/features/call/use-call'
import { i18n, setLocale } from '@/locales'
import { ticket } from '@/test/tickets'
import { callView, fakeApi, fakePlatform, FakeSignaling, participant, type FakeApi } from '@/test/webrtc'
import WorkerView from './WorkerView.vue'

vi.mock('@/api/tickets', () => ({ fetchMyTickets: vi.fn(), fetchTicket: vi.fn(), answerTicket: vi.fn() }))
vi.mock('@/api/materials', () => ({
  openTicketCase: vi.fn(async () => ({ id: 9 })),
  uploadEndpoint: (caseId: number) => `/api/cases/${caseId}/materials`,
  fetchChecklist: vi.fn(async () => ({ caseId: 9, slots: [] })),
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

  function render() {
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
    return mount(WorkerView, { global: { plugins: [i18n], provide: { [CALL_SESSION_FACTORY as symbol]: factory } } })
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
    // The ticket's case opens beside the video, so documents are photographed in the call.
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

  it('goes back to the tickets a moment after the call ends', async () => {
    vi.useFakeTimers()
    vi.mocked(fetchMyTickets).mockResolvedValue([ticket(1, { state: 'SERVING', callId: 'c1' })])
    const wrapper = render()
    await vi.advanceTimersByTimeAsync(0)
    await wrapper.get('[data-testid=hangup]').trigger('click')
    await vi.advanceTimersByTimeAsync(0)
    expect(wrapper.get('[data-testid=call-status]').attributes('data-state')).toBe('ended')
    await vi.advanceTimersByTimeAsync(3000)
    expect(wrapper.find('[data-testid=call-panel]').exists()).toBe(false)
    expect(wrapper.get('[data-testid=ticket-status]').attributes('data-state')).toBe('SERVING')
    vi.useRealTimers()
  })
})
