import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fetchCaseView } from '@/api/cases'
import { concludeConsultation, fetchCallConsultation, requestConsultation } from '@/api/consult'
import { i18n, setLocale } from '@/locales'
import { caseView } from '@/test/cases'
import { consultation, consultExpert } from '@/test/consult'
import { failedResponse, query, settle, type } from '@/test/dom'
import DeskConsultation from './DeskConsultation.vue'

vi.mock('@/api/consult', () => ({ requestConsultation: vi.fn(), concludeConsultation: vi.fn(), fetchCallConsultation: vi.fn() }))
vi.mock('@/api/cases', () => ({ fetchCaseView: vi.fn() }))
const live = vi.hoisted(() => ({ handler: null as ((message: unknown) => void) | null, path: '' }))
vi.mock('@/composables/use-subscription', () => ({
  useSubscription: (destination: { path: string }, handler: (message: unknown) => void) => {
    live.path = destination.path
    live.handler = handler
  },
}))
enableAutoUnmount(afterEach)

const testid = (id: string) => `[data-testid=${id}]`

describe('DeskConsultation', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    setLocale('zh-CN')
    vi.clearAllMocks()
    vi.mocked(fetchCallConsultation).mockRejectedValue(failedResponse(404, { status: 404, code: 'not-found' }))
    vi.mocked(fetchCaseView).mockResolvedValue(
      caseView({ matters: [{ code: 'SJ-101', name: '企业迁移登记', handlingTier: 'TOWNSHIP', promisedDays: 5 }] }),
    )
  })

  async function render() {
    const wrapper = mount(DeskConsultation, { props: { callId: 'c1', caseId: 9 }, global: { plugins: [i18n] }, attachTo: document.body })
    await flushPromises()
    return wrapper
  }

  it('asks for experts with a topic and the case’s matters as tags, then shows each answer and note live', async () => {
    const wrapper = await render()
    expect(fetchCallConsultation).toHaveBeenCalledWith('c1')
    expect(wrapper.get(testid('consultation-panel')).attributes('data-state')).toBe('NONE')
    await wrapper.get(testid('request-consultation')).trigger('click')
    await flushPromises()
    await type('textarea[data-testid=consultation-topic]', '企业跨区迁移的税务衔接')
    vi.mocked(requestConsultation).mockResolvedValueOnce(consultation(3, { topic: '企业跨区迁移的税务衔接' }))
    query('[data-testid=consultation-submit]').click()
    await settle()
    expect(requestConsultation).toHaveBeenCalledWith('c1', '企业跨区迁移的税务衔接', ['SJ-101', '企业迁移登记'])
    expect(wrapper.get(testid('consultation-panel')).attributes()).toMatchObject({ 'data-state': 'OPEN', 'data-consultation-id': '3' })
    expect(live.path).toBe('/user/queue/notifications')

    const answered = consultation(3, {
      state: 'ANSWERED',
      experts: [consultExpert(5, { state: 'ACCEPTED' }), consultExpert(6, { state: 'DECLINED', reason: '正在外出' })],
      notes: [{ authorId: 5, authorName: '专家5', text: '先办理迁出', at: '2026-11-23T01:05:00Z' }],
    })
    live.handler?.({ type: 'invitation', consultationId: 99 })
    live.handler?.({ type: 'consultation', event: 'NOTE', consultation: { ...answered, id: 4, callId: 'other' } })
    live.handler?.({ type: 'consultation', event: 'NOTE', consultation: answered })
    await flushPromises()
    const experts = wrapper.findAll(testid('consultation-expert'))
    expect(experts.map((e) => [e.attributes('data-expert-id'), e.attributes('data-state')])).toEqual([
      ['5', 'ACCEPTED'],
      ['6', 'DECLINED'],
    ])
    expect(experts[1]!.text()).toContain('正在外出')
    expect(wrapper.get(testid('consultation-notes')).text()).toContain('先办理迁出')
  })

  it('opened in a new tab, finds its call’s consultation on the server, and concludes it', async () => {
    vi.mocked(fetchCallConsultation).mockResolvedValueOnce(consultation(3, { state: 'ANSWERED' }))
    const wrapper = await render()
    expect(fetchCallConsultation).toHaveBeenCalledWith('c1')
    expect(wrapper.get(testid('consultation-panel')).attributes('data-state')).toBe('ANSWERED')

    await wrapper.get(testid('consultation-conclude')).trigger('click')
    await flushPromises()
    await type('textarea[data-testid=consultation-conclusion]', '可以受理，迁出后补材料')
    vi.mocked(concludeConsultation).mockResolvedValueOnce(consultation(3, { state: 'CONCLUDED', conclusion: '可以受理，迁出后补材料' }))
    query('[data-testid=consultation-conclude-submit]').click()
    await settle()
    expect(concludeConsultation).toHaveBeenCalledWith(3, '可以受理，迁出后补材料')
    expect(wrapper.get(testid('consultation-panel')).attributes('data-state')).toBe('CONCLUDED')
    expect(wrapper.get(testid('consultation-conclusion-text')).text()).toContain('可以受理，迁出后补材料')
    expect(wrapper.find(testid('request-consultation')).exists()).toBe(true)
  })

  it('keeps what a notice told it over an older answer of the server', async () => {
    let answer: (value: ReturnType<typeof consultation>) => void = () => {}
    vi.mocked(fetchCallConsultation).mockReturnValueOnce(new Promise((resolve) => (answer = resolve)))
    const wrapper = await render()
    live.handler?.({ type: 'consultation', event: 'ANSWERED', consultation: consultation(3, { state: 'ANSWERED' }) })
    answer(consultation(3, { state: 'OPEN' }))
    await flushPromises()
    expect(wrapper.get(testid('consultation-panel')).attributes('data-state')).toBe('ANSWERED')
  })
})
