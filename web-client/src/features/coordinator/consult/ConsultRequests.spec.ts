import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { assignExperts, fetchConsultations, joinAsCoordinator } from '@/api/consult'
import { i18n, setLocale } from '@/locales'
import { candidate, consultation, consultExpert } from '@/test/consult'
import ConsultRequests from './ConsultRequests.vue'
import { useConsultations } from './use-consultations'

vi.mock('@/api/consult', () => ({ fetchConsultations: vi.fn(), assignExperts: vi.fn(), joinAsCoordinator: vi.fn() }))
enableAutoUnmount(afterEach)

const testid = (id: string) => `[data-testid=${id}]`
const CallPanel = { props: ['callId', 'role'], template: '<div data-testid="call-panel" :data-call-id="callId" :data-role="role" />' }

describe('ConsultRequests', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    setLocale('zh-CN')
  })

  async function render() {
    const store = useConsultations()
    vi.mocked(fetchConsultations).mockResolvedValueOnce([
      consultation(3, {
        candidates: [
          candidate(5, { consultationsToday: 1 }),
          candidate(6, { availability: 'BUSY', matchedTags: [], tags: ['民政'] }),
          candidate(7),
        ],
      }),
    ])
    await store.load()
    const wrapper = mount(ConsultRequests, { global: { plugins: [i18n], stubs: { CallPanel } }, attachTo: document.body })
    return { store, wrapper }
  }

  it('lists a request with its suggested experts: matched tags, availability and today’s load', async () => {
    const { wrapper } = await render()
    const request = wrapper.get(testid('consultation-request'))
    expect(request.attributes()).toMatchObject({ 'data-consultation-id': '3', 'data-state': 'OPEN' })
    expect(request.text()).toContain('企业跨区迁移')
    const options = request.findAll(testid('expert-option'))
    expect(options.map((o) => [o.attributes('data-expert-id'), o.attributes('data-availability')])).toEqual([
      ['5', 'AVAILABLE'],
      ['6', 'BUSY'],
      ['7', 'AVAILABLE'],
    ])
    const matched = options[0]!.findAll(testid('expert-option-tag')).map((tag) => [tag.text(), tag.attributes('data-matched')])
    expect(matched).toEqual([
      ['市场监管', 'true'],
      ['企业开办', 'false'],
    ])
    expect(options[0]!.get(testid('expert-option-load')).text()).toBe('今日 1 次')
    expect(options[1]!.get(testid('expert-option-availability')).text()).toBe('忙碌')
  })

  it('assigns the ticked experts, shows each answer live and lets the coordinator assign more after a decline', async () => {
    const { store, wrapper } = await render()
    expect(wrapper.get(testid('assign-experts')).attributes('disabled')).toBeDefined()
    for (const id of ['5', '7']) await wrapper.get(`[data-expert-id="${id}"] input`).setValue(true)
    const assigned = consultation(3, { experts: [consultExpert(5), consultExpert(7)], candidates: [candidate(5), candidate(6), candidate(7)] })
    vi.mocked(assignExperts).mockResolvedValueOnce(assigned)
    await wrapper.get(testid('assign-experts')).trigger('click')
    await flushPromises()
    expect(assignExperts).toHaveBeenCalledWith(3, [5, 7])
    expect(wrapper.findAll(testid('consultation-expert')).map((e) => e.attributes('data-state'))).toEqual(['INVITED', 'INVITED'])
    expect(wrapper.get('[data-testid=expert-option][data-expert-id="5"] input').attributes('disabled')).toBeDefined()

    store.apply({
      type: 'consultation',
      event: 'ANSWERED',
      consultation: consultation(3, {
        state: 'ANSWERED',
        experts: [consultExpert(5, { state: 'ACCEPTED' }), consultExpert(7, { state: 'DECLINED', reason: '不熟悉此业务' })],
        candidates: [candidate(5, { availability: 'BUSY' }), candidate(7)],
      }),
    })
    await flushPromises()
    const request = wrapper.get(testid('consultation-request'))
    expect(request.attributes('data-state')).toBe('ANSWERED')
    expect(request.findAll(testid('consultation-expert')).map((e) => e.attributes('data-state'))).toEqual(['ACCEPTED', 'DECLINED'])
    expect(request.text()).toContain('不熟悉此业务')
    expect(request.get('[data-expert-id="7"] input').attributes('disabled')).toBeUndefined()
    expect(request.get(testid('assign-experts')).text()).toBe('追加指派')
  })

  it('joins the call as coordinator, and drops a request once concluded', async () => {
    const { store, wrapper } = await render()
    vi.mocked(joinAsCoordinator).mockResolvedValueOnce(consultation(3, { state: 'ANSWERED' }))
    await wrapper.get(testid('join-consultation-call')).trigger('click')
    await flushPromises()
    expect(joinAsCoordinator).toHaveBeenCalledWith(3)
    const panel = document.querySelector('[data-testid=call-panel]')!
    expect([panel.getAttribute('data-call-id'), panel.getAttribute('data-role')]).toEqual(['c1', 'COORDINATOR'])

    store.apply({ type: 'consultation', event: 'CONCLUDED', consultation: consultation(3, { state: 'CONCLUDED' }) })
    await flushPromises()
    expect(wrapper.findAll(testid('consultation-request'))).toHaveLength(0)
  })

  it('follows the experts’ availability live: a busy one moves, one gone offline leaves the options', async () => {
    const { store, wrapper } = await render()
    const options = () => wrapper.findAll(testid('expert-option')).map((o) => [o.attributes('data-expert-id'), o.attributes('data-availability')])
    store.apply({
      type: 'consultation',
      event: 'AVAILABILITY',
      consultation: consultation(3, { candidates: [candidate(7), candidate(5, { availability: 'BUSY', consultationsToday: 1 })] }),
    })
    await flushPromises()
    expect(options()).toEqual([
      ['7', 'AVAILABLE'],
      ['5', 'BUSY'],
    ])
    store.apply({ type: 'consultation', event: 'AVAILABILITY', consultation: consultation(3, { candidates: [] }) })
    await flushPromises()
    expect(options()).toEqual([])
    expect(wrapper.get(testid('consultation-request')).text()).toContain('辖区内暂无可指派的专家')
  })

  it('shows an expert’s suggestion, and ticks the suggested expert for assignment', async () => {
    const { store, wrapper } = await render()
    const suggestion = (expertId: number, expertName: string) => ({ byId: 5, byName: '专家5', expertId, expertName, reason: '涉及社保', at: '2026-11-23T01:07:00Z' })
    store.apply({
      type: 'consultation',
      event: 'SUGGESTED',
      consultation: consultation(3, {
        state: 'ANSWERED',
        experts: [consultExpert(5, { state: 'ACCEPTED' })],
        suggestions: [suggestion(7, '专家7'), suggestion(9, '专家9')],
        candidates: [candidate(5), candidate(6), candidate(7)],
      }),
    })
    await flushPromises()
    const items = wrapper.findAll(testid('consultation-suggestion'))
    expect(items.map((i) => i.attributes('data-expert-id'))).toEqual(['7', '9'])
    expect(items[0]!.text()).toContain('专家5 建议邀请 专家7：涉及社保')
    expect(items[1]!.find(testid('consultation-suggestion-select')).exists()).toBe(false)
    expect(items[1]!.text()).toContain('暂不可指派')
    expect(wrapper.get('[data-testid=expert-option][data-expert-id="7"]').attributes('data-suggested')).toBe('true')
    expect(wrapper.get(testid('expert-option-suggested')).text()).toBe('专家推荐')

    await items[0]!.get(testid('consultation-suggestion-select')).trigger('click')
    expect(wrapper.get('[data-testid=expert-option][data-expert-id="7"]').attributes('data-selected')).toBe('true')
    vi.mocked(assignExperts).mockResolvedValueOnce(consultation(3, { state: 'ANSWERED', experts: [consultExpert(5, { state: 'ACCEPTED' }), consultExpert(7)] }))
    await wrapper.get(testid('assign-experts')).trigger('click')
    await flushPromises()
    expect(assignExperts).toHaveBeenCalledWith(3, [7])
  })
})
